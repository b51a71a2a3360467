import type { Box, StageSize } from './geometry';
import type { Animation } from './schema/common';

/** How a clip is drawn at one instant of its scene, relative to how it is placed. */
export interface AnimatedFrame {
  /** Multiplies the clip's own opacity (0 hidden … 1 as placed). */
  opacity: number;
  /** Added to the clip's left/top, design pixels. */
  dx: number;
  dy: number;
  /** Multiplies the clip's size about its centre. */
  scale: number;
}

export const AT_REST: AnimatedFrame = { opacity: 1, dx: 0, dy: 0, scale: 1 };

/**
 * The upstream documents the types and that `delay` and `duration` are whole numbers
 * (1–30 / 0–30) and no more; we read them as seconds from the start of the scene and linear
 * motion. "in-*" types are hidden until `delay`, then arrive over `duration`; "out-*" types
 * are placed until `delay`, then leave over `duration` and stay gone. Slides travel in the
 * named direction between the clip's place and just outside the frame (in-right comes in from
 * the left edge moving right; out-right leaves through the right edge); zooms grow from / shrink
 * to nothing about the clip's centre.
 */
export function animatedFrame(
  animation: Animation | undefined,
  local: number,
  box: Box,
  stage: StageSize,
): AnimatedFrame {
  if (!animation) return AT_REST;
  const { type, delay } = animation;
  const duration = Math.max(0, animation.duration);
  const raw = duration === 0 ? (local >= delay ? 1 : 0) : (local - delay) / duration;
  const p = Math.min(1, Math.max(0, raw));
  const entering = type === 'fade-in' || type === 'zoom-in' || type.startsWith('in-');
  // How far from "as placed": 1 hidden/away, 0 at rest.
  const away = entering ? 1 - p : p;
  const fromLeft = box.left + box.width; // distance to be just off the left edge
  const fromRight = stage.width - box.left;
  const fromTop = box.top + box.height;
  const fromBottom = stage.height - box.top;
  switch (type) {
    case 'fade-in':
    case 'fade-out':
      return { ...AT_REST, opacity: 1 - away };
    case 'zoom-in':
    case 'zoom-out':
      return { ...AT_REST, scale: 1 - away, opacity: away >= 1 ? 0 : 1 };
    case 'in-right':
      return { ...AT_REST, dx: nz(-fromLeft * away), opacity: visible(away) };
    case 'in-left':
      return { ...AT_REST, dx: fromRight * away, opacity: visible(away) };
    case 'in-down':
      return { ...AT_REST, dy: nz(-fromTop * away), opacity: visible(away) };
    case 'in-up':
      return { ...AT_REST, dy: fromBottom * away, opacity: visible(away) };
    case 'out-right':
      return { ...AT_REST, dx: fromRight * away, opacity: visible(away) };
    case 'out-left':
      return { ...AT_REST, dx: nz(-fromLeft * away), opacity: visible(away) };
    case 'out-down':
      return { ...AT_REST, dy: fromBottom * away, opacity: visible(away) };
    case 'out-up':
      return { ...AT_REST, dy: nz(-fromTop * away), opacity: visible(away) };
  }
}

/** A slid clip fully off the frame is not drawn (it would still show under a rotated edge). */
const visible = (away: number) => (away >= 1 ? 0 : 1);
/** No negative zero: a clip at rest is exactly as placed. */
const nz = (n: number) => (n === 0 ? 0 : n);
