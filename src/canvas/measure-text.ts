import type { TextClip } from '../domain/schema/clips';
import { createTextObject } from './text-object';
import { tidy } from './units';

/**
 * The intrinsic height a text clip's lines take at its width, laid out by the very Textbox the
 * stage draws it with (so reflow re-wraps exactly as the stage will show it).
 */
export function measureTextHeight(clip: TextClip): number {
  const obj = createTextObject(clip, () => undefined);
  obj.initDimensions();
  // Rounded as a text edit on the stage stores it (gesture-commit).
  return tidy(obj.height);
}
