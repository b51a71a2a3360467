import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import type { Settings } from '../settings';
import type { UpstreamClient } from '../upstream/client';
import { JobEvents } from './events';
import { JobFollower } from './follower';
import type { Ledger } from './ledger';
import { startQueue } from './queue';
import { SubmissionSweeper } from './sweep';

/**
 * Everything that moves jobs besides requests: change events (NOTIFY), the follower and the
 * submission sweeper on pg-boss. `start` once the app is ready, `stop` when it closes; after `stop`
 * resolves nothing is scheduled and the database is closed.
 */
export class JobRuntime {
  readonly events: JobEvents;
  readonly follower: JobFollower;
  readonly sweeper: SubmissionSweeper;
  private boss?: PgBoss;

  constructor(
    private readonly ledger: Ledger,
    settings: Settings,
    client: UpstreamClient,
    private readonly log: FastifyBaseLogger,
    now: () => number,
    private readonly queue = {
      leaseSeconds: settings.jobLeaseSeconds,
      maintenanceSeconds: Math.max(1, Math.min(120, settings.jobLeaseSeconds)),
    },
  ) {
    const { store } = ledger;
    this.events = new JobEvents(ledger.db, store, (error) =>
      log.error({ err: error }, 'job event could not be read'),
    );
    this.follower = new JobFollower({
      store,
      events: this.events,
      client,
      log,
      now,
      pollMs: settings.jobPollMs,
      maxPollMs: settings.jobPollMaxMs,
      stallMs: settings.jobStallMs,
      giveUpMs: settings.jobGiveUpMs,
      settleMs: settings.jobSettleMs,
      inProcess: ledger.db.mode === 'embedded',
    });
    this.sweeper = new SubmissionSweeper({
      store,
      events: this.events,
      follower: this.follower,
      log,
      everyMs: settings.jobSweepMs,
    });
  }

  async start(): Promise<void> {
    await this.events.start();
    this.boss = await startQueue(this.ledger.db, this.queue, (error) =>
      this.log.error({ err: error }, 'job queue error'),
    );
    await this.follower.start(this.boss);
    // Embedded: this process is the only sender, so every `submitting` row is left from a crash.
    const settled = await this.sweeper.sweep(this.ledger.db.mode === 'embedded');
    await this.sweeper.start(this.boss);
    const resumed = await this.follower.resume();
    if (resumed > 0 || settled.length > 0)
      this.log.info(
        { resumed, settled: settled.length, imported: this.ledger.imported },
        'following open jobs',
      );
  }

  async stop(): Promise<void> {
    await this.sweeper.stop();
    await this.follower.stop();
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
    await this.events.stop();
    await this.ledger.db.close();
    this.ledger.release?.();
  }
}
