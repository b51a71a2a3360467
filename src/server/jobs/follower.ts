import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import type { UpstreamClient } from '../upstream/client';
import { UpstreamError } from '../upstream/errors';
import type { JobEvents } from './events';
import { applyProgress, isFinished, type ProgressReport } from './progress';
import { FOLLOW_QUEUE } from './queue';
import { reconcile } from './reconcile';
import type { JobStore, StoredJob } from './store';

export interface FollowerOptions {
  store: JobStore;
  events: JobEvents;
  client: UpstreamClient;
  log: FastifyBaseLogger;
  now: () => number;
  pollMs: number;
  maxPollMs: number;
  /** No progress for this long: `stalled`. */
  stallMs: number;
  /** No progress (or no answer about an unknown job) for this long: stop polling it. */
  giveUpMs: number;
  /** A project still only saved this long after its export was sent: the export never arrived. */
  settleMs: number;
}

const WORKERS = 2;

interface Step {
  jobId: string;
  delayMs: number;
}

interface Envelope {
  success?: unknown;
  data?: {
    progress?: unknown;
    state?: unknown;
    downloadUrl?: unknown;
    download_url?: unknown;
    credit?: unknown;
    error?: unknown;
  };
  error?: { code?: unknown; msg?: unknown };
}

/**
 * Follows every open job to its end: each step is a pg-boss job with a lease (another instance
 * takes it over if this one dies), which polls `editor/progress/:projectId` once (or reconciles an
 * unknown job) and queues the next step, backing off ×1.5 up to maxPollMs while nothing moves.
 * Marks `stalled` at the stall deadline and stops polling at the give-up deadline.
 */
export class JobFollower {
  private readonly workerIds: string[] = [];
  private boss?: PgBoss;
  private stopped = false;

  constructor(private readonly o: FollowerOptions) {}

  async start(boss: PgBoss): Promise<void> {
    this.boss = boss;
    // Two workers of 50 steps each: up to 100 polls in flight, ~200 steps a second per instance.
    for (let i = 0; i < WORKERS; i++) {
      this.workerIds.push(
        await boss.work<Step>(
          FOLLOW_QUEUE,
          { batchSize: 50, pollingIntervalSeconds: 0.5 },
          (steps) =>
            Promise.all(
              steps.map((s) =>
                this.step(s.data).catch((error: unknown) =>
                  this.o.log.error({ err: error, jobId: s.data.jobId }, 'follow step failed'),
                ),
              ),
            ),
        ),
      );
    }
  }

  /**
   * Queues a follow step for every open job (deduplicated per job), in one insert: at start, after
   * a crash left hundreds open, one statement per job kept the restarted server from answering.
   */
  async resume(): Promise<number> {
    const jobs = await this.o.store.open();
    if (this.stopped || !this.boss || jobs.length === 0) return jobs.length;
    await this.boss.insert(
      jobs.map((job) => ({
        name: FOLLOW_QUEUE,
        data: { jobId: job.id, delayMs: this.o.pollMs } satisfies Step,
        singletonKey: job.id,
      })),
    );
    return jobs.length;
  }

  async follow(jobId: string, delayMs = this.o.pollMs): Promise<void> {
    if (this.stopped || !this.boss) return;
    await this.boss.send(
      FOLLOW_QUEUE,
      { jobId, delayMs: Math.max(delayMs, this.o.pollMs) } satisfies Step,
      { singletonKey: jobId, startAfter: delayMs / 1000 },
    );
  }

  /** Stops taking steps and waits for the running ones; nothing is scheduled after it resolves. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const id of this.workerIds) await this.boss?.offWork({ id }).catch(() => undefined);
  }

  private async step({ jobId, delayMs }: Step): Promise<void> {
    const job = await this.o.store.summary(jobId);
    if (this.stopped || !job || isFinished(job) || job.status === 'submitting') return;
    const before = job.progress;
    const after = job.status === 'unknown' ? await reconcile(this.o, job) : await this.poll(job);
    if (this.stopped || !after || isFinished(after)) return;
    const now = this.o.now();
    const since = after.lastProgressAt ?? after.sentAt ?? after.createdAt;
    if (now - since > this.o.giveUpMs) {
      this.o.log.warn(
        { jobId, status: after.status },
        'no news about this job for the give-up deadline; polling stopped',
      );
      return;
    }
    let current = after;
    if (
      (after.status === 'queued' || after.status === 'rendering') &&
      now - since > this.o.stallMs
    ) {
      const stalled = await this.o.store.update(
        jobId,
        { status: 'stalled', updatedAt: now },
        [after.status],
        { publish: true },
      );
      if (stalled) current = stalled;
    }
    const next =
      current.status === 'stalled'
        ? this.o.maxPollMs
        : nextPollMs(before, current.progress, delayMs, this.o);
    if (!this.stopped) await this.follow(jobId, next);
  }

  private async poll(job: StoredJob): Promise<StoredJob | undefined> {
    if (!job.projectId) return job;
    try {
      const answer = await this.o.client.call(
        'GET',
        `/api/odin/v3/editor/progress/${encodeURIComponent(job.projectId)}`,
      );
      const report = toReport(answer.status, answer.body as Envelope | null);
      if (!report) return job;
      const { job: after } = await applyProgress(this.o.store, job.id, report, this.o.now(), {
        known: job,
        publish: true,
      });
      return after;
    } catch (cause) {
      // Timeouts, unreachable upstream, refused credentials: keep trying, more slowly.
      this.o.log.warn(
        { jobId: job.id, kind: cause instanceof UpstreamError ? cause.kind : 'error' },
        'progress poll failed; will retry',
      );
      return job;
    }
  }
}

/**
 * When to look again. Moving: at half the time the render still needs at its current pace (so the
 * end is seen within about pollMs, and a long render is not asked every pollMs all along), within
 * [pollMs, maxPollMs]. Not moving: back off ×1.5 up to maxPollMs.
 */
export function nextPollMs(
  before: number,
  after: number,
  waitedMs: number,
  o: Pick<FollowerOptions, 'pollMs' | 'maxPollMs'>,
): number {
  if (after <= before) return Math.min(o.maxPollMs, Math.round(waitedMs * 1.5));
  const remainingMs = ((100 - after) * waitedMs) / (after - before);
  return Math.round(Math.min(o.maxPollMs, Math.max(o.pollMs, remainingMs / 2)));
}

/** One progress answer → a report; undefined for a transient failure (5xx, odd body): poll again. */
export function toReport(status: number, body: Envelope | null): ProgressReport | undefined {
  if (body?.success === true && body.data) {
    const d = body.data;
    const url =
      typeof d.downloadUrl === 'string'
        ? d.downloadUrl
        : typeof d.download_url === 'string'
          ? d.download_url
          : null;
    const err = d.error as { msg?: unknown } | string | undefined;
    return {
      progress: typeof d.progress === 'number' ? d.progress : Number(d.progress),
      state: typeof d.state === 'string' ? d.state : undefined,
      downloadUrl: url,
      credit: typeof d.credit === 'number' ? d.credit : undefined,
      error: typeof err === 'string' ? err : typeof err?.msg === 'string' ? err.msg : undefined,
    };
  }
  if (
    body?.success === false &&
    status >= 400 &&
    status < 500 &&
    status !== 401 &&
    status !== 429
  ) {
    const msg =
      typeof body.error?.msg === 'string' ? body.error.msg : `AI Studios answered ${status}`;
    return { failed: true, error: msg };
  }
  return undefined;
}
