// 200 chroma-key jobs through Scenewright's server to the simulator, 8 at a time: total time vs
// the ideal ⌈200/8⌉ × job time, and jobs lost (not recorded as done by the server's job store).
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { loadSettings } from '../src/server/settings';
import { startAll } from '../src/server/start';
import { reportFigure } from './figures';
import type { Job } from '../src/domain/schema/job';
import { createBatchRunner } from '../src/store/batch-runner';
import { createBatchStore } from '../src/store/batch-store';
import { createIdSource } from '../src/store/id-source';

const JOBS = 200;
const CONCURRENCY = 8;
const RENDER_MS = Number(process.env.BENCH_RENDER_MS ?? 1500);
const CLIENT_POLL_MS = 50;

const discard = new Writable({ write: (_chunk, _enc, done) => done() });
const settings = loadSettings(
  {
    PORT: process.env.BENCH_PORT ?? '0',
    DATA_DIR: `/tmp/sw-bench-batch-${process.pid}`,
    SIM_RENDER_MS: String(RENDER_MS),
    JOB_POLL_MS: '100',
    JOB_POLL_MAX_MS: '1000',
    LOG_LEVEL: 'info',
  },
  '',
);
const running = await startAll(settings, { logStream: discard });
const base = running.url;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const outfits = ['BG00006160', 'BG00001004'];

const memory = new Map<string, string>();
const batch = createBatchStore({
  newId: createIdSource(),
  storage: {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  },
});
batch.replaceRows(
  Array.from({ length: JOBS }, (_, i) => ({
    language: 'ko',
    text: `Batch line ${i + 1}: 안녕하세요.`,
    model: 'M000004017',
    clothes: outfits[i % 2],
  })),
);
batch.setConcurrency(CONCURRENCY);
// The app's own scheduler (src/store/batch-runner), fed the job list as the Batch dialog is.
const runner = createBatchRunner(batch, {
  send: async (body) => {
    const res = await fetch(`${base}/api/odin/v3/simple/video`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const created = (await res.json()) as { success: boolean; data?: { jobId: string } };
    if (!created.success || !created.data) throw new Error('refused');
    return { jobId: created.data.jobId };
  },
});
const listJobs = async () =>
  ((await (await fetch(`${base}/api/jobs`)).json()) as { data: Job[] }).data;
const started = performance.now();
batch.run();
while (batch.store.getState().running) {
  runner.step(await listJobs());
  await sleep(CLIENT_POLL_MS);
}
const finalJobs = await listJobs();
const results = { done: 0, failed: 0, refused: 0 };
for (const row of batch.store.getState().rows) {
  const status = finalJobs.find((j) => j.id === row.jobId)?.status;
  if (row.state === 'error') results.refused++;
  else if (status === 'done' || status === 'failed') results[status]++;
}
const totalMs = performance.now() - started;
const idealMs = Math.ceil(JOBS / CONCURRENCY) * RENDER_MS;
const lost = JOBS - finalJobs.filter((j) => j.status === 'done').length;
console.log(
  `${JOBS} chroma-key jobs, concurrency ${CONCURRENCY}, simulated render ${RENDER_MS} ms`,
);
console.log(
  `  total ${(totalMs / 1000).toFixed(1)} s vs ideal ${(idealMs / 1000).toFixed(1)} s: ratio ${(totalMs / idealMs).toFixed(3)} (goal ≤ 1.15)`,
);
console.log(
  `  done ${results.done}, failed ${results.failed}, refused ${results.refused}; jobs lost: ${lost} (goal 0)`,
);
reportFigure({
  figure: `${JOBS} chroma-key jobs vs ideal time`,
  value: `${(totalMs / idealMs).toFixed(3)}×, ${lost} lost`,
  goal: '≤ 1.15×, 0 lost',
  met: totalMs / idealMs <= 1.15 && lost === 0,
});
await running.close();
rmSync(settings.dataDir, { recursive: true, force: true });
process.exit(lost === 0 ? 0 : 1);
