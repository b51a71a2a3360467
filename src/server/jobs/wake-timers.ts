/**
 * Wakes this instance's pg-boss workers when a follow step it queued falls due, instead of leaving
 * the step waiting for the workers' next look (up to their polling interval later, per step). Any
 * instance can still take the step: the wake only makes this one look on time. Due times are
 * grouped per `slackMs`, so a thousand steps do not make a thousand timers; a wake comes `slackMs`
 * after the due time at most, so the step is due when the worker looks. Nothing fires after `stop`.
 */
export class WakeTimers {
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly wake: () => void,
    private readonly slackMs = 25,
  ) {}

  at(delayMs: number): void {
    if (this.stopped) return;
    const due =
      Math.ceil((performance.now() + delayMs) / this.slackMs) * this.slackMs + this.slackMs;
    if (this.timers.has(due)) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(due);
        if (!this.stopped) this.wake();
      },
      Math.max(0, due - performance.now()),
    );
    timer.unref?.();
    this.timers.set(due, timer);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
