import { Shadow } from 'fabric';
import { isLocked } from '../domain/clip-edits';
import type { VisualClip } from '../domain/schema/clips';
import { opacityToFabric } from './units';

/** Placement and interaction props every stage object takes from its clip. */
export function placementProps(clip: VisualClip) {
  const locked = isLocked(clip);
  return {
    originX: 'left' as const,
    originY: 'top' as const,
    left: clip.left,
    top: clip.top,
    // A negative scale is a flip drawn within the same box. Given as flips, not as negative
    // scales: Fabric turns a negative scale into a toggle of flipX/Y, so setting the same clip
    // twice would flip it back.
    scaleX: Math.abs(clip.scaleX ?? 1),
    scaleY: Math.abs(clip.scaleY ?? 1),
    flipX: (clip.scaleX ?? 1) < 0,
    flipY: (clip.scaleY ?? 1) < 0,
    angle: clip.angle ?? 0,
    opacity: opacityToFabric(clip.opacity),
    lockScalingFlip: true,
    lockSkewingX: true,
    lockSkewingY: true,
    lockMovementX: locked,
    lockMovementY: locked,
    lockScalingX: locked,
    lockScalingY: locked,
    lockRotation: locked,
    hasControls: !locked,
    hoverCursor: locked ? 'default' : 'move',
  };
}

interface ShadowLike {
  color?: string;
  blur?: number;
  offsetX?: number;
  offsetY?: number;
  enabled?: boolean;
}

/** The clip's drop shadow as Fabric's, or null when absent or disabled. */
export function shadowOf(clip: { shadow?: unknown }): Shadow | null {
  const s = clip.shadow as ShadowLike | undefined;
  if (!s || s.enabled !== true) return null;
  return new Shadow({
    color: s.color ?? '#00000060',
    blur: s.blur ?? 0,
    offsetX: s.offsetX ?? 5,
    offsetY: s.offsetY ?? 5,
  });
}

/**
 * Whether Fabric should keep an offscreen cache of the object. Measured in headless Chromium
 * without GPU (where the drag benchmark runs): drawing 500 cache canvases costs ~140 ms a frame,
 * painting the same paths, images and text directly ~10 ms. Only a blurred shadow is expensive
 * enough to be worth a cache.
 */
export const wantsCache = (clip: object): boolean => {
  const s = (clip as { shadow?: unknown }).shadow as ShadowLike | undefined;
  return s?.enabled === true && (s.blur ?? 0) > 0;
};

/** A cheap identity for a shadow so an update does not replace an equal one. */
export const shadowKey = (clip: { shadow?: unknown }): string => {
  const s = clip.shadow as ShadowLike | undefined;
  return s?.enabled === true ? `${s.color}|${s.blur}|${s.offsetX}|${s.offsetY}` : '';
};
