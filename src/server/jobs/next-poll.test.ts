import { describe, expect, it } from 'vitest';
import { nextPollMs } from './next-poll';

const o = { pollMs: 500, maxPollMs: 5000 };

describe('nextPollMs', () => {
  it('looks again at half the time a moving render still needs, within [pollMs, maxPollMs]', () => {
    // 10 % in 1 s: 8 s to go at this pace → look again in 4 s.
    expect(nextPollMs(10, 20, 1000, o)).toBe(4000);
    // Far from the end of a slow render: no more often than maxPollMs.
    expect(nextPollMs(1, 2, 2000, o)).toBe(5000);
    // Close to the end: pollMs, so the end is seen within about that.
    expect(nextPollMs(90, 99, 1000, o)).toBe(500);
  });

  it('backs off ×1.5 while nothing moves, up to maxPollMs', () => {
    expect(nextPollMs(40, 40, 1000, o)).toBe(1500);
    expect(nextPollMs(40, 40, 4000, o)).toBe(5000);
  });
});
