// 96 merged rows through the same run loop as the editor and the CLI (src/merge/run.ts) against the
// server on its simulator, 8 at a time: total time vs the ideal ⌈96/8⌉ × render time, and rows lost.
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { mergeRows } from '../src/domain/merge/report';
import { designedProject, designedSpec, row } from '../src/domain/merge/test-support';
import { httpJobsApi } from '../src/merge/jobs-api';
import { MergeRun, newRunState } from '../src/merge/run';
import { loadSettings } from '../src/server/settings';
import { startAll } from '../src/server/start';

const ROWS = 96;
const CONCURRENCY = 8;
const RENDER_MS = Number(process.env.BENCH_RENDER_MS ?? 1500);
const discard = new Writable({ write: (_chunk, _enc, done) => done() });
const settings = loadSettings(
  {
    PORT: '0',
    DATA_DIR: `/tmp/sw-bench-merge-${process.pid}`,
    SIM_RENDER_MS: String(RENDER_MS),
    JOB_POLL_MS: '100',
    JOB_POLL_MAX_MS: '1000',
    LOG_LEVEL: 'info',
  },
  '',
);
const running = await startAll(settings, { logStream: discard });
const reports = mergeRows(
  designedProject(),
  designedSpec(),
  Array.from({ length: ROWS }, (_, i) => row(i + 1, { name: `Person ${i + 1}` })),
);
const byRow = new Map(reports.map((r) => [r.row.number, r.request]));
const run = new MergeRun(newRunState([...byRow.keys()]), {
  api: httpJobsApi({ baseUrl: running.url }),
  requestOf: (n) => byRow.get(n),
  concurrency: CONCURRENCY,
  pollMs: 50,
  wait: (ms, signal) =>
    new Promise<void>((resolve) => {
      const done = () => (
        clearTimeout(timer),
        signal.removeEventListener('abort', done),
        resolve()
      );
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    }),
});
const started = performance.now();
const end = await run.run();
const totalMs = performance.now() - started;
const idealMs = Math.ceil(ROWS / CONCURRENCY) * RENDER_MS;
const done = end.rows.filter((r) => r.status === 'done').length;
console.log(`${ROWS} merged rows, concurrency ${CONCURRENCY}, simulated render ${RENDER_MS} ms`);
console.log(
  `  total ${(totalMs / 1000).toFixed(1)} s vs ideal ${(idealMs / 1000).toFixed(1)} s: ratio ${(totalMs / idealMs).toFixed(3)} (the chroma-key batch aims at ≤ 1.15)`,
);
console.log(`  done ${done}, rows lost ${ROWS - done} (goal 0)`);
await running.close();
rmSync(settings.dataDir, { recursive: true, force: true });
process.exit(done === ROWS ? 0 : 1);
