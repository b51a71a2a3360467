import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import { afterEach, describe, expect, it } from 'vitest';
import { testClock, testLedger, testSettings, waitFor } from '../test-support';
import type { UpstreamClient } from '../upstream/client';
import { JobEvents } from './events';
import { JobFollower } from './follower';
import type { Ledger } from './ledger';
import { FOLLOW_QUEUE, startQueue } from './queue';

// The follower's safety net, with steps as pg-boss jobs (as on a PostgreSQL server, here on PGlite)
// and on this process's timers (embedded).
const closing: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (closing.length) await closing.pop()!();
});

const silent = {
  warn: () => undefined,
  error: () => undefined,
  info: () => undefined,
} as unknown as FastifyBaseLogger;

/** AI Studios saying every render is finished, once `open` is called. */
function finishedWhenOpened() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const client = {
    call: async () => {
      await opened;
      return {
        status: 200,
        text: '',
        body: { success: true, data: { progress: 100, downloadUrl: 'https://cdn.example/v.mp4' } },
      };
    },
  } as unknown as UpstreamClient;
  return { client, open };
}

async function followerOnQueue(clock = testClock(), inProcess = false) {
  const upstream = finishedWhenOpened();
  const ledger = await testLedger(testSettings(), clock.now);
  const boss = await startQueue(ledger.db, { leaseSeconds: 10, maintenanceSeconds: 60 }, () => 0);
  const follower = new JobFollower({
    store: ledger.store,
    events: new JobEvents(ledger.db, ledger.store),
    client: upstream.client,
    log: silent,
    now: clock.now,
    pollMs: 50,
    maxPollMs: 200,
    stallMs: 60_000,
    giveUpMs: 600_000,
    settleMs: 5_000,
    inProcess,
  });
  closing.push(() => ledger.db.close());
  closing.push(() => boss.stop({ graceful: false, wait: true }));
  closing.push(() => (upstream.open(), follower.stop()));
  await follower.start(boss);
  return { ledger, boss, follower, clock, upstream };
}

/** An export recorded as accepted (`queued`) whose sender died before queueing its first step. */
async function acceptedWithoutStep(ledger: Ledger, projectId: string, at: number) {
  const intent = await ledger.store.createIntent({
    account: 'a',
    kind: 'project',
    name: projectId,
    endpoint: '/api/odin/v3/editor/project',
    request: {},
    stage: 'create',
    leaseUntil: null,
  });
  const patch = { status: 'queued' as const, stage: null, projectId, sentAt: at };
  return (await ledger.store.update(intent!.id, patch, ['submitting']))!;
}

const waitingSteps = async (boss: PgBoss, jobId: string) =>
  (await boss
    .getDb()
    .executeSql(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry', 'active')",
      [FOLLOW_QUEUE, jobId],
    )) as { rows: { n: number }[] };

describe('a job that lost its follow step', () => {
  it('pg-boss steps (a PostgreSQL server): gets exactly one step queued and is followed to its end', async () => {
    const { ledger, boss, follower, upstream } = await followerOnQueue();
    const orphan = await acceptedWithoutStep(ledger, 'p-orphan', Date.now());
    expect((await waitingSteps(boss, orphan.id)).rows[0]!.n).toBe(0);

    expect(await follower.adoptUnfollowed()).toBe(1);
    // Waiting or running (its poll held until the upstream answers): one step, and no second one.
    expect((await waitingSteps(boss, orphan.id)).rows[0]!.n).toBe(1);
    expect(await follower.adoptUnfollowed()).toBe(0);
    expect((await waitingSteps(boss, orphan.id)).rows[0]!.n).toBe(1);

    upstream.open();
    const done = await waitFor(async () => {
      const job = await ledger.store.get(orphan.id);
      return job?.status === 'done' ? job : undefined;
    }, 20_000);
    expect(done.upstreamDownloadUrl).toBe('https://cdn.example/v.mp4');
  }, 30_000);

  it('leaves alone jobs past the give-up deadline and finished ones', async () => {
    const { ledger, follower, clock } = await followerOnQueue();
    const old = await acceptedWithoutStep(ledger, 'p-old', clock.now());
    clock.advance(600_001);
    const finishedJob = await acceptedWithoutStep(ledger, 'p-finished', clock.now());
    await ledger.store.update(finishedJob.id, { status: 'done', progress: 100 }, ['queued']);
    expect(await follower.adoptUnfollowed()).toBe(0);
    // The same kind of job with recent news is adopted.
    await acceptedWithoutStep(ledger, 'p-fresh', clock.now());
    expect(await follower.adoptUnfollowed()).toBe(1);
    expect((await ledger.store.get(old.id))?.status).toBe('queued');
  });

  it('embedded (steps on this process’s timers): a job without a timer gets one, once, and finishes', async () => {
    const { ledger, follower, upstream } = await followerOnQueue(testClock(), true);
    const orphan = await acceptedWithoutStep(ledger, 'p-embedded', Date.now());
    expect(await follower.adoptUnfollowed()).toBe(1);
    expect(await follower.adoptUnfollowed()).toBe(0);
    upstream.open();
    await waitFor(async () =>
      (await ledger.store.get(orphan.id))?.status === 'done' ? true : undefined,
    );
  });
});
