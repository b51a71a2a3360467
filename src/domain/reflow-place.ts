import {
  clipBounds,
  contains,
  intersects,
  type Box,
  type Placed,
  type StageSize,
} from './geometry';

/** Geometry helpers for reflow: clips are moved by where their rotated bounds land. */

export const frameOf = (stage: StageSize): Box => ({ left: 0, top: 0, ...stage });

/** `clip` moved so that its bounds' top-left corner is at (left, top). */
export function moveBoundsTo<T extends Placed>(clip: T, left: number, top: number): T {
  const b = clipBounds(clip);
  return { ...clip, left: (clip.left ?? 0) + left - b.left, top: (clip.top ?? 0) + top - b.top };
}

/** `clip` scaled by `k` (its flips and any stretch kept). */
export const scaleBy = <T extends Placed>(clip: T, k: number): T => ({
  ...clip,
  scaleX: (clip.scaleX ?? 1) * k,
  scaleY: (clip.scaleY ?? 1) * k,
});

/** Lowest start so that a span of `size` lies in [0, limit]; a span larger than the limit covers it. */
const clampSpan = (start: number, size: number, limit: number) =>
  Math.min(Math.max(start, Math.min(0, limit - size)), Math.max(0, limit - size));

/** `clip` moved the least to lie inside the frame (or to cover it where it is larger). */
export function clampIntoFrame<T extends Placed>(clip: T, stage: StageSize): T {
  const b = clipBounds(clip);
  return moveBoundsTo(
    clip,
    clampSpan(b.left, b.width, stage.width),
    clampSpan(b.top, b.height, stage.height),
  );
}

export type HorizontalAnchor = 'left' | 'centre' | 'right';

/** Which third of the frame the box's centre stands in. */
export function horizontalAnchor(box: Box, stage: StageSize): HorizontalAnchor {
  const cx = box.left + box.width / 2;
  if (cx < stage.width / 3) return 'left';
  if (cx > (stage.width * 2) / 3) return 'right';
  return 'centre';
}

/** Left of a box of `width` in `to`, keeping `box`'s anchor in `from` as a share of the width. */
export function anchoredLeft(
  box: Box,
  width: number,
  anchor: HorizontalAnchor,
  from: StageSize,
  to: StageSize,
): number {
  const k = to.width / from.width;
  if (anchor === 'left') return box.left * k;
  if (anchor === 'right') return to.width - (from.width - box.left - box.width) * k - width;
  return (box.left + box.width / 2 - from.width / 2) * k + to.width / 2 - width / 2;
}

const GAP = 24;

/**
 * `clip` moved off `face` by the least distance (below, above, left or right of it) while staying
 * inside the frame; unchanged when it does not cover the face or no such place exists.
 */
export function moveOffFace<T extends Placed>(clip: T, face: Box, stage: StageSize): T {
  const b = clipBounds(clip);
  if (!intersects(b, face)) return clip;
  const frame = frameOf(stage);
  const candidates = [
    { left: b.left, top: face.top + face.height + GAP },
    { left: b.left, top: face.top - GAP - b.height },
    { left: face.left - GAP - b.width, top: b.top },
    { left: face.left + face.width + GAP, top: b.top },
  ]
    .map((p) => ({ ...p, width: b.width, height: b.height }))
    .filter((box) => contains(frame, box) && !intersects(box, face))
    .sort((p, q) => distance(p, b) - distance(q, b));
  const best = candidates[0];
  return best ? moveBoundsTo(clip, best.left, best.top) : clip;
}

const distance = (a: Box, b: Box) => Math.hypot(a.left - b.left, a.top - b.top);
