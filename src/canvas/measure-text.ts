import { cache } from 'fabric';
import type { MeasureText } from '../domain/merge/report';
import type { TextClip } from '../domain/schema/clips';
import { createTextObject } from './text-object';
import { tidy, webFontFor } from './units';

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

/**
 * The stage's own measurement of a text clip: the same Textbox, font and wrapping the editor
 * draws, so "does not fit" here means "does not fit on the stage". A word longer than the box
 * widens the Textbox, which is how an unbreakable long name shows up.
 */
export const measureTextClip: MeasureText = (clip) => {
  const obj = createTextObject(clip, () => undefined);
  return { width: obj.width, height: obj.height };
};

/** Loads the web fonts (and the very glyphs: Korean comes in unicode-range subsets) of these texts. */
export async function loadFontsFor(clips: readonly TextClip[]): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const byFont = new Map<string, string>();
  for (const clip of clips) {
    const style = clip.fontStyle === 'italic' ? 'italic' : 'normal';
    const weight =
      clip.fontWeight === undefined || clip.fontWeight === '' ? 'normal' : clip.fontWeight;
    const spec = `${style} ${weight} 16px "${webFontFor(clip.fontFamily)}"`;
    byFont.set(spec, (byFont.get(spec) ?? '') + clip.text);
  }
  await Promise.all(
    [...byFont].map(([spec, text]) =>
      document.fonts.load(spec, [...new Set(text)].join('') || 'A').catch(() => undefined),
    ),
  );
  // Glyph widths measured with a fallback font before the load are cached by Fabric.
  cache.clearFontCache();
}
