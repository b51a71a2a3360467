import pLimit from 'p-limit';

/**
 * Follow steps scheduled in this process (the embedded ledger: one process, so nothing else could
 * take a step over, and a restart re-queues every open job from the ledger). One timer per job, the
 * earliest due time wins; a job's steps never overlap; at most `maxRunning` steps run at once (a
 * restart with a thousand open jobs does not ask AI Studios a thousand times in one instant);
 * nothing runs or is scheduled once `stop` resolves.
 */
export class StepTimers {
  private readonly timers = new Map<string, { dueAt: number; timer: NodeJS.Timeout }>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly limit: ReturnType<typeof pLimit>;
  private stopped = false;

  /** `run` must not throw (log and swallow its failures). */
  constructor(
    private readonly run: (jobId: string) => Promise<void>,
    maxRunning: number,
  ) {
    this.limit = pLimit(maxRunning);
  }

  schedule(jobId: string, delayMs: number): void {
    if (this.stopped) return;
    const dueAt = performance.now() + delayMs;
    const current = this.timers.get(jobId);
    if (current && current.dueAt <= dueAt) return;
    if (current) clearTimeout(current.timer);
    this.timers.set(jobId, { dueAt, timer: setTimeout(() => this.fire(jobId), delayMs) });
  }

  /** A step of this job is waiting or running. */
  has(jobId: string): boolean {
    return this.timers.has(jobId) || this.running.has(jobId);
  }

  /** Cancels every timer, then waits for the steps under way (those still waiting their turn end at once). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.running.values());
  }

  private fire(jobId: string) {
    this.timers.delete(jobId);
    if (this.stopped) return;
    const busy = this.running.get(jobId);
    // Asked for while a step of the same job runs: once it ends (it schedules its own next).
    if (busy) return void busy.then(() => this.schedule(jobId, 0));
    const step = this.limit(() => (this.stopped ? undefined : this.run(jobId))).finally(() =>
      this.running.delete(jobId),
    );
    this.running.set(jobId, step);
  }
}
