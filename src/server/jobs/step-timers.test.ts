import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepTimers } from './step-timers';

afterEach(() => void vi.useRealTimers());

/** A step that records when it ran and stays under way until `finish` is called. */
function recorder() {
  const ran: string[] = [];
  const finishers: (() => void)[] = [];
  const run = (jobId: string) =>
    new Promise<void>((resolve) => {
      ran.push(jobId);
      finishers.push(resolve);
    });
  return { ran, run, finishAll: () => finishers.splice(0).forEach((f) => f()) };
}

describe('StepTimers', () => {
  it('keeps one timer per job, the earliest due time winning', async () => {
    vi.useFakeTimers();
    const r = recorder();
    const timers = new StepTimers(r.run, 10);
    timers.schedule('a', 1000);
    timers.schedule('a', 300);
    timers.schedule('a', 2000);
    await vi.advanceTimersByTimeAsync(299);
    expect(r.ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.ran).toEqual(['a']);
    r.finishAll();
    await vi.advanceTimersByTimeAsync(5000);
    expect(r.ran).toEqual(['a']);
  });

  it('never runs two steps of one job at once, and runs at most maxRunning steps', async () => {
    vi.useFakeTimers();
    const r = recorder();
    const timers = new StepTimers(r.run, 3);
    for (const id of ['a', 'b']) timers.schedule(id, 0);
    await vi.advanceTimersByTimeAsync(0);
    timers.schedule('a', 0); // asked for while a's step runs: after it, though a slot is free
    await vi.advanceTimersByTimeAsync(0);
    expect(r.ran).toEqual(['a', 'b']);
    for (const id of ['c', 'd']) timers.schedule(id, 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.ran).toEqual(['a', 'b', 'c']);
    r.finishAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.ran.slice(3).sort()).toEqual(['a', 'd']);
  });

  it('runs and schedules nothing once stopped, and waits for the steps under way', async () => {
    vi.useFakeTimers();
    const r = recorder();
    const timers = new StepTimers(r.run, 5);
    timers.schedule('a', 0);
    timers.schedule('b', 100);
    await vi.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = timers.stop().then(() => (stopped = true));
    timers.schedule('c', 0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(stopped).toBe(false);
    r.finishAll();
    await stopping;
    expect(r.ran).toEqual(['a']);
  });
});
