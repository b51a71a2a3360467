// The export ledger (issue 11): jobs recorded per second on the embedded Postgres (PGlite) and on
// a PostgreSQL server; server CPU while following 1,000 jobs vs idle, and per poll vs a bare
// poller (issue 18); a 200-export batch through
// the server vs the ideal (the same calls straight to the simulator + one render time).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbedded, openServer, type Database } from '../src/server/jobs/db';
import { migrate } from '../src/server/jobs/migrations';
import { JobStore } from '../src/server/jobs/store';
import { mixedIntents, sendMissing, type Outcome } from '../src/server/jobs/testing/batch-client';
import { startServer, startSim } from '../src/server/jobs/testing/processes';
import { followEvents } from '../src/server/jobs/testing/sse-client';
import { postgresBin, startThrowawayPostgres } from '../src/server/jobs/testing/throwaway-pg';
import { printBatchTrace } from './batch-trace';
import { reportFigure } from './figures';
import { barePollMs, progressAnswered } from './poll-cost';

const WRITES = Number(process.env.BENCH_LEDGER_WRITES ?? 500);

async function writesPerSecond(db: Database): Promise<number> {
  await migrate(db);
  const store = new JobStore(db);
  const started = performance.now();
  for (let i = 0; i < WRITES; i++) {
    // What one submission writes: the intent (under the account limit), then accepted.
    const job = await store.createIntent(
      {
        account: 'bench',
        kind: 'chromakey',
        name: `job ${i}`,
        endpoint: '/api/odin/v3/simple/video',
        request: { text: `job ${i}` },
        stage: 'export',
        leaseUntil: Date.now() + 60_000,
      },
      8,
    );
    await store.update(job!.id, { status: 'queued', stage: null, leaseUntil: null }, [
      'submitting',
    ]);
  }
  return WRITES / ((performance.now() - started) / 1000);
}

const dir = mkdtempSync(join(tmpdir(), 'sw-bench-ledger-'));
const parts = (process.env.BENCH_LEDGER_PARTS ?? 'writes,cpu,batch').split(',');
if (parts.includes('writes')) {
  const embedded = await openEmbedded(join(dir, 'ledger'));
  const embeddedRate = await writesPerSecond(embedded);
  await embedded.close();
  console.log(`ledger writes (intent + accepted), ${WRITES} jobs, one at a time`);
  console.log(`  embedded (PGlite, file):  ${embeddedRate.toFixed(0)} jobs/s`);
  reportFigure({
    figure: 'ledger writes/s, embedded (PGlite)',
    value: `${embeddedRate.toFixed(0)}/s`,
    goal: '(measured)',
    met: true,
  });
  if (postgresBin()) {
    const pg = await startThrowawayPostgres();
    const server = await openServer(pg.url);
    const serverRate = await writesPerSecond(server);
    await server.close();
    pg.stop();
    console.log(`  PostgreSQL server:        ${serverRate.toFixed(0)} jobs/s`);
    reportFigure({
      figure: 'ledger writes/s, PostgreSQL server',
      value: `${serverRate.toFixed(0)}/s`,
      goal: '(measured)',
      met: true,
    });
    console.log(`  ratio server/embedded: ${(serverRate / embeddedRate).toFixed(2)}`);
  } else
    console.log('  PostgreSQL server: skipped (no PostgreSQL binaries; npm test installs them)');
}

/** CPU seconds (user + system) a process has used, from /proc. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// CPU while following 1,000 renders that take far longer than the window.
if (parts.includes('cpu')) {
  const WINDOW_MS = Number(process.env.BENCH_CPU_WINDOW_MS ?? 20_000);
  const slowSim = await startSim({ SIM_RENDER_MS: '3600000' });
  const follower = await startServer(slowSim.url, {
    DATA_DIR: join(dir, 'cpu'),
    JOB_POLL_MS: '2000',
    JOB_POLL_MAX_MS: '15000',
    SUBMIT_CONCURRENCY: '16',
  });
  const pid = follower.child.pid!;
  let before = cpuSeconds(pid);
  await sleep(WINDOW_MS);
  const idle = cpuSeconds(pid) - before;
  const outcome: Outcome = { acked: new Map(), statuses: [], lost: 0 };
  await sendMissing(follower.url, mixedIntents(1000, 'cpu'), outcome, 8);
  await sleep(5000);
  before = cpuSeconds(pid);
  const pollsBefore = await progressAnswered(slowSim.url);
  await sleep(WINDOW_MS);
  const following = cpuSeconds(pid) - before;
  const polls = (await progressAnswered(slowSim.url)) - pollsBefore;
  console.log(`server CPU over ${WINDOW_MS / 1000} s (poll every 2 s, backing off to 15 s)`);
  console.log(
    `  idle:                   ${((idle / WINDOW_MS) * 1000 * 100).toFixed(1)} % of a core`,
  );
  console.log(
    `  following ${outcome.acked.size} jobs:  ${((following / WINDOW_MS) * 1000 * 100).toFixed(1)} % of a core`,
  );
  reportFigure({
    figure: `server CPU following ${outcome.acked.size} jobs`,
    value: `${((following / WINDOW_MS) * 1000 * 100).toFixed(1)} % of a core`,
    goal: '(measured)',
    met: true,
  });
  // Per poll: the CPU above idle over the polls AI Studios answered in the window.
  const serverPollMs = ((following - idle) * 1000) / Math.max(1, polls);
  const bareMs = await barePollMs(slowSim.url, 'cpu-', polls / (WINDOW_MS / 1000), WINDOW_MS);
  console.log(
    `  ${polls} polls: ${serverPollMs.toFixed(2)} ms CPU each (above idle) vs ${bareMs.toFixed(2)} ms for a bare poller at the same rate`,
  );
  reportFigure({
    figure: 'CPU per followed poll vs bare poller',
    value: `${(serverPollMs / bareMs).toFixed(2)}× (${serverPollMs.toFixed(2)} vs ${bareMs.toFixed(2)} ms)`,
    goal: '≤ 1.5×',
    met: serverPollMs / bareMs <= 1.5,
  });
  await follower.kill('SIGTERM');
  await slowSim.kill('SIGTERM');
}

// A 200-export batch through the server vs the ideal: the same 200 requests (mixed kinds) sent the
// same two-step way (free create, then export) straight to the simulator, 8 at a time, plus one
// render time. The server's batch ends when its event stream (what the job centre listens to) has
// told every job done, as a browser would learn it.
if (parts.includes('batch')) {
  const RENDER_MS = 10_000;
  const sim = await startSim({ SIM_RENDER_MS: String(RENDER_MS) });
  const token = (
    (await (
      await fetch(`${sim.url}/api/odin/v3/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ appId: 'crash-app', userKey: 'crash-user-key' }),
      })
    ).json()) as { data: { token: string } }
  ).data.token;
  const headers = { 'content-type': 'application/json', authorization: token };
  const direct = performance.now();
  const intents = mixedIntents(200, 'ideal');
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let next = intents.shift(); next; next = intents.shift()) {
        const { webhookUrl: _none, ...body } = next.body;
        const created = (await (
          await fetch(`${sim.url}${next.path}`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ ...body, isExport: false }),
          })
        ).json()) as { data: { projectId: string } };
        await (
          await fetch(`${sim.url}/api/odin/v3/editor/project/export`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ projectId: created.data.projectId }),
          })
        ).arrayBuffer();
      }
    }),
  );
  const idealSend = performance.now() - direct;
  const ideal = idealSend + RENDER_MS;
  // BENCH_LEDGER_PG=1: the same batch with the ledger on a (throwaway) PostgreSQL server.
  const pg = process.env.BENCH_LEDGER_PG && postgresBin() ? await startThrowawayPostgres() : null;
  const server = await startServer(sim.url, {
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    DATA_DIR: join(dir, 'batch'),
    JOB_POLL_MS: '500',
    JOB_POLL_MAX_MS: '5000', // the follower looks more often as a render nears its end
  });
  const events = followEvents(server.url);
  await events.ready;
  const batchStart = performance.now();
  const batchStartedAt = Date.now();
  const cpuBefore = cpuSeconds(server.child.pid!);
  const batch: Outcome = { acked: new Map(), statuses: [], lost: 0, times: new Map() };
  await sendMissing(server.url, mixedIntents(200, 'batch'), batch, 8);
  const sentIn = performance.now() - batchStart;
  const finished = () =>
    [...events.seen.values()].filter((s) => s.includes('done') || s.includes('failed')).length;
  while (finished() < 200) await sleep(20);
  const measured = performance.now() - batchStart;
  const cpuUsed = cpuSeconds(server.child.pid!) - cpuBefore;
  events.close();
  await printBatchTrace({
    serverUrl: server.url,
    simUrl: sim.url,
    renderMs: RENDER_MS,
    startedAt: batchStartedAt,
    outcome: batch,
    finishedAt: events.finishedAt,
  });
  console.log(
    `200-export batch (mixed kinds, 8 at a time, renders of ${RENDER_MS / 1000} s, ledger ${pg ? 'on PostgreSQL' : 'embedded'})`,
  );
  console.log(
    `  ideal (same requests straight to the simulator + one render): ${(ideal / 1000).toFixed(1)} s`,
  );
  console.log(
    `    of which sending:                                          ${(idealSend / 1000).toFixed(1)} s`,
  );
  console.log(
    `  through the server until its event stream told all 200 done: ${(measured / 1000).toFixed(1)} s`,
  );
  console.log(
    `    of which sending (all 200 recorded and accepted):          ${(sentIn / 1000).toFixed(1)} s`,
  );
  console.log(
    `  server CPU during the batch: ${cpuUsed.toFixed(2)} s (${((cpuUsed / 200) * 1000).toFixed(1)} ms per export, sending and following)`,
  );
  console.log(`  ratio server/ideal: ${(measured / ideal).toFixed(2)} (goal ≤ 1.10)`);
  reportFigure({
    figure: `200-export batch vs ideal${pg ? ' (PostgreSQL)' : ''}`,
    value: `${(measured / ideal).toFixed(2)}×`,
    goal: '≤ 1.10×',
    met: measured / ideal <= 1.1,
  });
  await server.kill('SIGTERM');
  await sim.kill('SIGTERM');
  pg?.stop();
}
rmSync(dir, { recursive: true, force: true });
