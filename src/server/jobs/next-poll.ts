import type { FollowerOptions } from './follower';

/** How much later than predicted the last look comes: a render that slows a little at the end is still seen done by it. */
const END_MARGIN = 1.1;

/**
 * When to look again. Moving and far from the end: at half the time the render still needs at its
 * current pace (a long render is not asked every pollMs all along), within [pollMs, maxPollMs].
 * Moving and at most 2 × pollMs from the end: once, just after the predicted end, so the end is
 * seen when it happens rather than up to pollMs later (no more looks than waiting pollMs would
 * take). Not moving: back off ×1.5 up to maxPollMs.
 */
export function nextPollMs(
  before: number,
  after: number,
  waitedMs: number,
  o: Pick<FollowerOptions, 'pollMs' | 'maxPollMs'>,
): number {
  if (after <= before) return Math.min(o.maxPollMs, Math.round(waitedMs * 1.5));
  const remainingMs = ((100 - after) * waitedMs) / (after - before);
  const wait = remainingMs <= 2 * o.pollMs ? remainingMs * END_MARGIN : remainingMs / 2;
  return Math.round(Math.min(o.maxPollMs, Math.max(o.pollMs, wait)));
}
