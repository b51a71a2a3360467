import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../test-support';
import {
  listJobs,
  markerOf,
  mixedIntents,
  retryUncharged,
  sendMissing,
  type ListedJob,
  type Outcome,
} from './testing/batch-client';
import { acceptedRenders, startServer, startSim, type Proc } from './testing/processes';
import { followEvents, type SseClient } from './testing/sse-client';
import { startThrowawayPostgres } from './testing/throwaway-pg';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

describe('two instances on one PostgreSQL', () => {
  it('200 exports split between A and B, A killed mid-way: B follows every job to its end and its event stream saw them all', async () => {
    const pg = await startThrowawayPostgres();
    cleanup.push(pg.stop);
    const sim = await startSim({ SIM_RENDER_MS: '3000' });
    cleanup.push(() => sim.kill());
    const env = {
      DATABASE_URL: pg.url,
      JOB_POLL_MS: '300',
      JOB_POLL_MAX_MS: '1500',
      JOB_SWEEP_MS: '1000',
      JOB_LEASE_S: '3',
      UPSTREAM_TIMEOUT_MS: '2000',
      JOB_SETTLE_MS: '3000',
    };
    const a: Proc = await startServer(sim.url, env);
    cleanup.push(() => a.kill());
    const b: Proc = await startServer(sim.url, env);
    cleanup.push(() => b.kill());
    const streams: SseClient[] = [followEvents(a.url), followEvents(b.url)];
    for (const s of streams) cleanup.push(s.close);
    await Promise.all(streams.map((s) => s.ready));

    const intents = mixedIntents(200, 'multi');
    const viaA = intents.filter((_, i) => i % 2 === 0);
    const viaB = intents.filter((_, i) => i % 2 === 1);
    const outcome: Outcome = { acked: new Map(), statuses: [], lost: 0 };
    // A dies once about half of its share is in; its clients fail over to B (a load balancer would).
    const killA = waitFor(
      () =>
        [...outcome.acked.keys()].filter((m) => viaA.some((i) => i.marker === m)).length >= 50
          ? true
          : undefined,
      120_000,
      20,
    ).then(() => a.kill('SIGKILL'));
    await Promise.all([sendMissing(a.url, viaA, outcome, 4), sendMissing(b.url, viaB, outcome, 4)]);
    await killA;
    let last: ListedJob[] = [];
    const jobs = await waitFor(
      async () => {
        await sendMissing(b.url, intents, outcome, 4);
        const list = (last = await listJobs(b.url));
        // Exports A was still preparing when it died failed with "nothing was charged": the user sends them again.
        if (await retryUncharged(b.url, list)) return undefined;
        return list.length === 200 && list.every((j) => j.status === 'done') ? list : undefined;
      },
      240_000,
      500,
    ).catch((error: Error) => {
      // What was left open says which path lost it.
      const open = last
        .filter((j) => j.status !== 'done')
        .map(({ id, status, error, projectId }) => ({ id, status, error, projectId }));
      throw new Error(`${error.message}: ${last.length} jobs, not done: ${JSON.stringify(open)}`);
    });

    const ids = new Set(jobs.map((j) => j.id));
    expect([...outcome.acked.values()].filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(jobs.map(markerOf)).size).toBe(200);
    const renders = await acceptedRenders(sim.url);
    expect(new Set(renders.map((r) => r.label)).size).toBe(renders.length);
    const projects = new Set(jobs.map((j) => j.projectId));
    expect(renders.filter((r) => !projects.has(r.projectId))).toEqual([]);
    // Jobs sent through A (before and after its death) and through B all reached B's browser.
    const bSaw = streams[1]!.seen;
    await waitFor(
      () => (jobs.every((j) => bSaw.get(j.id)?.at(-1) === j.status) ? true : undefined),
      30_000,
    );
    // A's browser, while A lived, was told about jobs sent through B too.
    const aSaw = streams[0]!.seen;
    expect(viaB.some((i) => aSaw.has(outcome.acked.get(i.marker) ?? ''))).toBe(true);
    expect(renders).toHaveLength(200);
  }, 600_000);
});
