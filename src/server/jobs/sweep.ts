import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import type { JobEvents } from './events';
import type { JobFollower } from './follower';
import { SWEEP_QUEUE } from './queue';
import { NOT_CHARGED } from './send-answers';
import type { StoredJob } from './job-row';
import type { JobStore } from './store';

export interface SweepOptions {
  store: JobStore;
  events: JobEvents;
  follower: JobFollower;
  log: FastifyBaseLogger;
  everyMs: number;
}

/**
 * Settles submissions whose sender died (crash, kill, lost instance): still in the free create
 * step → failed, nothing charged; in the export step → `unknown`, handed to the follower to
 * reconcile. Runs at start and then as a recurring pg-boss job (one at a time across instances),
 * which also gives a follow step to any open job that lost its own.
 */
export class SubmissionSweeper {
  private workerId?: string;
  private boss?: PgBoss;
  private stopped = false;

  constructor(private readonly o: SweepOptions) {}

  async start(boss: PgBoss): Promise<void> {
    this.boss = boss;
    this.workerId = await boss.work(SWEEP_QUEUE, { pollingIntervalSeconds: 1 }, async () => {
      await this.sweep(false);
      await this.o.follower.adoptUnfollowed();
      if (!this.stopped) await this.schedule();
    });
    await this.schedule();
  }

  /** `all`: every `submitting` row is an orphan (embedded store: this process is the only sender). */
  async sweep(all: boolean): Promise<StoredJob[]> {
    const settled: StoredJob[] = [];
    for (const job of await this.o.store.orphanedSubmissions(all)) {
      const lostExport = job.stage === 'export' && job.projectId;
      const updated = await this.o.store.update(
        job.id,
        lostExport
          ? { status: 'unknown', stage: null, leaseUntil: null }
          : {
              status: 'failed',
              stage: null,
              leaseUntil: null,
              error: `The server stopped while this export was being prepared; ${NOT_CHARGED}.`,
            },
        ['submitting'],
      );
      if (!updated) continue;
      settled.push(updated);
      this.o.log.warn(
        { jobId: job.id, status: updated.status },
        'settled a submission whose sender stopped',
      );
      await this.o.events.publish(updated);
      if (lostExport) await this.o.follower.follow(updated.id, 0);
    }
    return settled;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.workerId) await this.boss?.offWork({ id: this.workerId }).catch(() => undefined);
  }

  private async schedule() {
    if (this.stopped || !this.boss) return;
    await this.boss.send(
      SWEEP_QUEUE,
      {},
      { singletonKey: 'sweep', startAfter: this.o.everyMs / 1000 },
    );
  }
}
