import type { FollowerOptions } from './follower';

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
