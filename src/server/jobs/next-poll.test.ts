import { describe, expect, it } from 'vitest';
import { nextPollMs } from './next-poll';

const o = { pollMs: 500, maxPollMs: 5000 };

describe('nextPollMs', () => {
  it('looks again at half the time a moving render still needs, within [pollMs, maxPollMs]', () => {
    // 10 % in 1 s: 8 s to go at this pace → look again in 4 s.
    expect(nextPollMs(10, 20, 1000, o)).toBe(4000);
    // 1.4 s to go: 0.7 s (then 0.7 s to go: the last look below).
    expect(nextPollMs(76, 86, 1000, o)).toBe(700);
    // Far from the end of a slow render: no more often than maxPollMs.
    expect(nextPollMs(1, 2, 2000, o)).toBe(5000);
  });

  it('within 2 × pollMs of the end, looks once just after the predicted end, never sooner than pollMs', () => {
    // 1 s to go at this pace: look in 1.1 s (10 % late rather than early, so one look sees it done).
    expect(nextPollMs(80, 90, 1000, o)).toBe(1100);
    // 0.7 s to go: 0.77 s.
    expect(nextPollMs(83, 93, 1000, o)).toBe(770);
    // 0.11 s to go: no sooner than pollMs.
    expect(nextPollMs(90, 99, 1000, o)).toBe(500);
  });

  it('backs off ×1.5 while nothing moves, up to maxPollMs', () => {
    expect(nextPollMs(40, 40, 1000, o)).toBe(1500);
    expect(nextPollMs(40, 40, 4000, o)).toBe(5000);
  });
});
