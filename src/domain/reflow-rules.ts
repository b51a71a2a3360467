import { avatarHeadBox, clipBounds, renderedBox, type Box, type StageSize } from './geometry';
import {
  anchoredLeft,
  clampIntoFrame,
  horizontalAnchor,
  moveBoundsTo,
  scaleBy,
} from './reflow-place';
import type { AiModelClip, Clip, TextClip, VisualClip } from './schema/clips';

/** The intrinsic height a text clip takes at its width, as the stage lays it out. */
export type MeasureTextHeight = (clip: TextClip) => number;

export interface ReflowFrames {
  from: StageSize;
  to: StageSize;
}

/** Side margin text keeps from the frame edges when it has to re-wrap. */
export const TEXT_MARGIN_SHARE = 0.05;
/** A clip whose bounds stay within this share of the frame on both axes is "small". */
export const SMALL_SHARE = 0.4;
/** An image or video showing over this share of the frame is a full-bleed backdrop. */
export const FULL_BLEED_SHARE = 0.9;

function visibleShare(box: Box, stage: StageSize): number {
  const w = Math.min(box.left + box.width, stage.width) - Math.max(box.left, 0);
  const h = Math.min(box.top + box.height, stage.height) - Math.max(box.top, 0);
  return w > 0 && h > 0 ? (w * h) / (stage.width * stage.height) : 0;
}

export type ReflowKind = 'avatar' | 'full-bleed' | 'text' | 'small' | 'other' | 'audio';

export function reflowKind(clip: Clip, from: StageSize): ReflowKind {
  if (clip.type === 'audio') return 'audio';
  if (clip.type === 'aiModel') return 'avatar';
  const b = clipBounds(clip);
  if (
    (clip.type === 'image' || clip.type === 'videoImage') &&
    visibleShare(b, from) >= FULL_BLEED_SHARE
  )
    return 'full-bleed';
  if (clip.type === 'textImage') return 'text';
  if (b.width <= from.width * SMALL_SHARE && b.height <= from.height * SMALL_SHARE) return 'small';
  return 'other';
}

/**
 * The avatar keeps its height as a share of the frame, stands on the same share of bottom gap,
 * keeps its left/centre/right anchor, and is then moved the least to bring its head inside.
 */
export function reflowAvatar(clip: AiModelClip, { from, to }: ReflowFrames): AiModelClip {
  const before = renderedBox(clip);
  const k = to.height / from.height;
  const scaled = scaleBy(clip, k);
  const box = renderedBox(scaled);
  const left = anchoredLeft(before, box.width, horizontalAnchor(before, from), from, to);
  const bottomGap = (from.height - before.top - before.height) * k;
  const placed = moveBoundsTo(scaled, left, to.height - bottomGap - box.height);
  return headInside(placed, to);
}

function headInside(clip: AiModelClip, to: StageSize): AiModelClip {
  const head = avatarHeadBox(clip);
  if (!head) return clip;
  const dx = shiftInto(head.left, head.width, to.width);
  const dy = shiftInto(head.top, head.height, to.height);
  return { ...clip, left: clip.left + dx, top: clip.top + dy };
}

const shiftInto = (start: number, size: number, limit: number) =>
  start < 0 ? -start : start + size > limit ? limit - size - start : 0;

/** An image or video that filled the frame covers the new one, centred, its aspect kept. */
export function reflowFullBleed<T extends VisualClip>(clip: T, { to }: ReflowFrames): T {
  const b = clipBounds(clip);
  const k = Math.max(to.width / b.width, to.height / b.height);
  const scaled = scaleBy(clip, k);
  const nb = clipBounds(scaled);
  return moveBoundsTo(scaled, (to.width - nb.width) / 2, (to.height - nb.height) / 2);
}

/**
 * Text keeps its font size (its reading size) and scale; it re-wraps to a width that fits the
 * frame with a margin, takes the height its lines need, keeps its left/centre/right anchor and
 * its vertical place as a share of the height.
 */
export function reflowText(
  clip: TextClip,
  { from, to }: ReflowFrames,
  measure: MeasureTextHeight,
): TextClip {
  const before = clipBounds(clip);
  const room = to.width * (1 - 2 * TEXT_MARGIN_SHARE);
  const width = before.width > room ? clip.width * (room / before.width) : clip.width;
  const rewrapped = width === clip.width ? clip : { ...clip, width };
  const sized = { ...rewrapped, height: measure(rewrapped) };
  const box = clipBounds(sized);
  const margin = to.width * TEXT_MARGIN_SHARE;
  const anchor = horizontalAnchor(before, from);
  const wanted = anchoredLeft(before, box.width, anchor, from, to);
  const left =
    box.width <= room ? Math.min(Math.max(wanted, margin), to.width - margin - box.width) : wanted;
  const centreY = ((before.top + before.height / 2) / from.height) * to.height;
  return clampIntoFrame(moveBoundsTo(sized, left, centreY - box.height / 2), to);
}

/** A small clip (a logo, a badge) keeps its margins to the frame corner it was nearest to. */
export function reflowSmall<T extends VisualClip>(clip: T, { from, to }: ReflowFrames): T {
  const b = clipBounds(clip);
  const right = from.width - b.left - b.width;
  const bottom = from.height - b.top - b.height;
  const left = b.left <= right ? b.left : to.width - right - b.width;
  const top = b.top <= bottom ? b.top : to.height - bottom - b.height;
  return clampIntoFrame(moveBoundsTo(clip, left, top), to);
}

/**
 * Anything else keeps its size unless it no longer fits (then it shrinks to fit), and its centre
 * as a share of the frame.
 */
export function reflowOther<T extends VisualClip>(clip: T, { from, to }: ReflowFrames): T {
  const b = clipBounds(clip);
  const k = Math.min(1, to.width / b.width, to.height / b.height);
  const scaled = k < 1 ? scaleBy(clip, k) : clip;
  const nb = clipBounds(scaled);
  const cx = ((b.left + b.width / 2) / from.width) * to.width;
  const cy = ((b.top + b.height / 2) / from.height) * to.height;
  return clampIntoFrame(moveBoundsTo(scaled, cx - nb.width / 2, cy - nb.height / 2), to);
}
