import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../test-support';
import {
  listJobs,
  markerOf,
  mixedIntents,
  retryUncharged,
  sendMissing,
  type Intent,
  type ListedJob,
  type Outcome,
} from './testing/batch-client';
import {
  acceptedRenders,
  freshDataDir,
  seeded,
  startServer,
  startSim,
  type Proc,
} from './testing/processes';

// The "never pay twice" proofs: a real server process killed with SIGKILL under a batch, restarted
// on the same DATA_DIR (embedded Postgres), against a simulator in a process of its own.
const running: Proc[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.kill();
});
/** Killed after the test whatever happens (the simulator starts beside the data directory's copy). */
const kept = (proc: Proc) => (running.push(proc), proc);

const SERVER_ENV = {
  JOB_POLL_MS: '200',
  JOB_POLL_MAX_MS: '1000',
  JOB_SWEEP_MS: '1000',
  JOB_LEASE_S: '10',
};

async function finish(url: string, intents: Intent[], outcome: Outcome): Promise<ListedJob[]> {
  return waitFor(
    async () => {
      await sendMissing(url, intents, outcome);
      const jobs = await listJobs(url);
      if (await retryUncharged(url, jobs)) return undefined;
      return jobs.length >= intents.length && jobs.every((j) => j.status === 'done')
        ? jobs
        : undefined;
    },
    150_000,
    500,
  );
}

/** The ledger and the simulator's accounting agree: one job per export, one render per job, none lost. */
async function expectNoneLostNonePaidTwice(
  simUrl: string,
  intents: Intent[],
  jobs: ListedJob[],
  outcome: Outcome,
) {
  const renders = await acceptedRenders(simUrl);
  const byMarker = new Map<string, ListedJob[]>();
  for (const job of jobs)
    byMarker.set(markerOf(job), [...(byMarker.get(markerOf(job)) ?? []), job]);
  // 0 acknowledged jobs lost.
  const ids = new Set(jobs.map((j) => j.id));
  expect([...outcome.acked.values()].filter((id) => !ids.has(id))).toEqual([]);
  // One job per export, every export rendered.
  expect(intents.filter((i) => byMarker.get(i.marker)?.length !== 1).map((i) => i.marker)).toEqual(
    [],
  );
  // 0 upstream renders without a job in the ledger.
  const projects = new Set(jobs.map((j) => j.projectId));
  expect(renders.filter((r) => !projects.has(r.projectId))).toEqual([]);
  // 0 double submissions: each export rendered exactly once.
  expect(renders).toHaveLength(intents.length);
  expect(new Set(renders.map((r) => r.label)).size).toBe(intents.length);
}

describe('ledger under SIGKILL', () => {
  it('200 mixed exports, the server killed at random moments in 10 rounds: none lost, none unrecorded, none paid twice, every restart accepted', async () => {
    const [sim, dataDir] = await Promise.all([
      startSim({ SIM_RENDER_MS: '1500' }).then(kept),
      freshDataDir('sw-crash-'),
    ]);
    const intents = mixedIntents(200, 'crash');
    const outcome: Outcome = { acked: new Map(), statuses: [], lost: 0 };
    const random = seeded(Number(process.env.CRASH_SEED ?? 11));
    let restarts = 0;
    for (let round = 0; round < 10; round++) {
      const server = await startServer(sim.url, {
        ...SERVER_ENV,
        DATA_DIR: dataDir,
        UPSTREAM_TIMEOUT_MS: '2000',
        JOB_SETTLE_MS: '1500',
      });
      restarts++;
      const killAt = 100 + random() * 1200;
      const killed = new Promise<void>((r) =>
        setTimeout(() => void server.kill('SIGKILL').then(r), killAt),
      );
      await sendMissing(server.url, intents, outcome);
      await killed;
    }
    const last = await startServer(sim.url, {
      ...SERVER_ENV,
      DATA_DIR: dataDir,
      UPSTREAM_TIMEOUT_MS: '2000',
      JOB_SETTLE_MS: '1500',
    });
    running.push(last);
    restarts++;
    const jobs = await finish(last.url, intents, outcome);
    await expectNoneLostNonePaidTwice(sim.url, intents, jobs, outcome);
    expect(restarts).toBe(11);
    console.log(
      `crash: ${outcome.acked.size} acknowledged, ${outcome.lost} answers lost to kills, ${jobs.filter((j) => j.attempts > 1).length} uncharged jobs retried`,
    );
    await last.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }, 600_000);

  it('exports answered after the timeout end unknown, are reconciled to their real renders (also across a kill), and are never resent', async () => {
    const [sim, dataDir] = await Promise.all([
      startSim({ SIM_RENDER_MS: '1500', SIM_LATE_EXPORT_MS: '9000' }).then(kept),
      freshDataDir('sw-late-'),
    ]);
    const intents = mixedIntents(30, 'late');
    const outcome: Outcome = { acked: new Map(), statuses: [], lost: 0, answers: new Map() };
    const env = {
      ...SERVER_ENV,
      DATA_DIR: dataDir,
      // Wide enough that the free create call answers in time on a loaded 2-core machine; the
      // export answer (9 s late) never does.
      UPSTREAM_TIMEOUT_MS: '3000',
      JOB_SETTLE_MS: '30000',
    };
    const first = await startServer(sim.url, env);
    // Until the first instance has answered "outcome unknown" (202) for an export. (On a loaded
    // machine the free create call may time out first: a failed job that says nothing was charged,
    // which the user sends again.) It may have reconciled some before the kill, or not: either
    // way each must end as its one real render.
    await waitFor(
      async () => {
        await sendMissing(first.url, intents.slice(0, 15), outcome);
        if ([...outcome.answers!.values()].includes(202)) return true;
        await retryUncharged(first.url, await listJobs(first.url), outcome.answers);
        return undefined;
      },
      120_000,
      200,
    );
    const lostAnswers = [...outcome.answers!].filter(([, status]) => status === 202);
    await first.kill('SIGKILL');
    const second = await startServer(sim.url, env);
    running.push(second);
    await sendMissing(second.url, intents, outcome);
    // Every export answer came too late: 202 "outcome unknown". (On a loaded machine the free
    // create call may time out too: 504, a failed job that says nothing was charged.)
    expect(outcome.statuses.filter((s) => s !== 202 && s !== 504)).toEqual([]);
    const jobs = await finish(second.url, intents, outcome);
    // Reconciled to their real renders, none sent twice: one render per export.
    await expectNoneLostNonePaidTwice(sim.url, intents, jobs, outcome);
    // The exports whose answers the killed instance lost ended done, as the same jobs.
    const byMarker = new Map(jobs.map((j) => [markerOf(j), j.status]));
    expect(lostAnswers.map(([marker]) => byMarker.get(marker))).toEqual(
      lostAnswers.map(() => 'done'),
    );
    await second.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }, 300_000);
});
