import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import type { UpstreamClient } from '../upstream/client';
import type { JobEvents } from './events';
import { nextPollMs } from './next-poll';
import { isFinished } from './progress';
import { FOLLOW_QUEUE } from './queue';
import { reconcile } from './reconcile';
import { pollProgress } from './poll-progress';
import { StepTimers } from './step-timers';
import { WakeTimers } from './wake-timers';
import type { StoredJob } from './job-row';
import type { JobStore } from './store';

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
  /**
   * Steps run on in-process timers instead of pg-boss (the embedded ledger, where this process is
   * the only instance and `resume` at start re-queues every open job from the ledger).
   */
  inProcess?: boolean;
}

const WORKERS = 2;
/** Steps falling due within this are fetched by one wake (more wakes cost queries, not time). */
const WAKE_SLACK_MS = 100;
/** Steps under way at once: what pg-boss's two workers of 50 allowed. */
const MAX_RUNNING = 100;

interface Step {
  jobId: string;
  delayMs: number;
}

/**
 * A job followed in this process: its state as the last step left it (the next step starts from it
 * without reading) and the wait. A webhook or a user may have moved it since: every write is
 * conditional on the state it was computed from, so a stale copy costs one read, never a wrong state.
 */
interface LocalStep {
  job?: StoredJob;
  delayMs: number;
}

/**
 * Follows every open job to its end. Each step polls `editor/progress/:projectId` once (or
 * reconciles an unknown job) and schedules the next, backing off ×1.5 up to maxPollMs while
 * nothing moves; it marks `stalled` at the stall deadline and stops at the give-up deadline.
 * On a PostgreSQL server each step is a pg-boss job with a lease (another instance takes it over
 * if this one dies); the instance that queued a step wakes its workers when it falls due. Embedded, steps run on this process's timers with the job as the last step
 * left it: no read, no queue write and no queue polling delay per step.
 */
export class JobFollower {
  private readonly workerIds: string[] = [];
  private readonly local = new Map<string, LocalStep>();
  private readonly timers = new StepTimers((jobId) => this.localStep(jobId), MAX_RUNNING);
  // One worker looks (it takes up to 50 due steps); waking both only doubled the queue's queries.
  private readonly wakes = new WakeTimers(() => {
    if (this.workerIds[0]) this.boss?.notifyWorker(this.workerIds[0]);
  }, WAKE_SLACK_MS);
  private boss?: PgBoss;
  private stopped = false;

  constructor(private readonly o: FollowerOptions) {}

  async start(boss: PgBoss): Promise<void> {
    this.boss = boss;
    if (this.o.inProcess) return;
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
    if (this.o.inProcess) {
      for (const job of jobs) {
        this.local.set(job.id, { job, delayMs: this.o.pollMs });
        this.timers.schedule(job.id, this.o.pollMs);
      }
      return jobs.length;
    }
    return this.queueSteps(jobs);
  }

  /**
   * Gives a step to every open job that has none and is not past the give-up deadline: its sender
   * died between recording it and queueing the step (another instance, on a PostgreSQL server), or
   * a step failed without scheduling the next. Run by the sweeper, one instance at a time; a step
   * queued meanwhile by its sender is deduplicated (pg-boss's singleton key, or the job's one timer).
   */
  async adoptUnfollowed(): Promise<number> {
    if (this.stopped || !this.boss) return 0;
    const since = this.o.now() - this.o.giveUpMs;
    const jobs = this.o.inProcess
      ? (await this.o.store.open()).filter((j) => newsAt(j) >= since && !this.timers.has(j.id))
      : await this.o.store.unfollowed(FOLLOW_QUEUE, since);
    if (jobs.length === 0 || this.stopped) return 0;
    this.o.log.warn({ jobs: jobs.map((j) => j.id) }, 'open jobs had no follow step; queued one');
    if (!this.o.inProcess) return this.queueSteps(jobs);
    for (const job of jobs) await this.follow(job.id, 0, job);
    return jobs.length;
  }

  /** One step per job, due now (pg-boss drops those whose job already has one waiting). */
  private async queueSteps(jobs: StoredJob[]): Promise<number> {
    await this.boss!.insert(
      jobs.map((job) => ({
        name: FOLLOW_QUEUE,
        data: { jobId: job.id, delayMs: this.o.pollMs } satisfies Step,
        singletonKey: job.id,
      })),
    );
    return jobs.length;
  }

  async follow(jobId: string, delayMs = this.o.pollMs, known?: StoredJob): Promise<void> {
    if (this.stopped || !this.boss) return;
    if (this.o.inProcess) {
      const entry = this.local.get(jobId);
      const job = known ?? entry?.job;
      this.local.set(jobId, { job, delayMs: Math.max(delayMs, this.o.pollMs) });
      return this.timers.schedule(jobId, delayMs);
    }
    await this.boss.send(
      FOLLOW_QUEUE,
      { jobId, delayMs: Math.max(delayMs, this.o.pollMs) } satisfies Step,
      { singletonKey: jobId, startAfter: delayMs / 1000 },
    );
    this.wakes.at(delayMs);
  }

  /** Stops taking steps and waits for the running ones; nothing is scheduled after it resolves. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakes.stop();
    await this.timers.stop();
    for (const id of this.workerIds) await this.boss?.offWork({ id }).catch(() => undefined);
  }

  private async localStep(jobId: string): Promise<void> {
    const entry = this.local.get(jobId);
    this.local.delete(jobId);
    await this.step({ jobId, delayMs: entry?.delayMs ?? this.o.pollMs }, entry?.job).catch(
      (error: unknown) => this.o.log.error({ err: error, jobId }, 'follow step failed'),
    );
  }

  /** One step; `known` is the job as this process last wrote or heard of it (read when absent). */
  private async step({ jobId, delayMs }: Step, known?: StoredJob): Promise<void> {
    const job = known ?? (await this.o.store.summary(jobId));
    if (this.stopped || !job || isFinished(job) || job.status === 'submitting') return;
    const before = job.progress;
    const after =
      job.status === 'unknown' ? await reconcile(this.o, job) : await pollProgress(this.o, job);
    if (this.stopped || !after || isFinished(after)) return;
    const now = this.o.now();
    const since = newsAt(after);
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
    if (!this.stopped) await this.follow(jobId, next, current);
  }
}

/** When this job last gave news: progress, else its export being sent, else its creation. */
const newsAt = (job: StoredJob) => job.lastProgressAt ?? job.sentAt ?? job.createdAt;
