import { cache } from 'fabric';
import type { TextClip } from '../domain/schema/clips';
import { ClipText } from './clip-object';
import { placementProps, shadowKey, shadowOf, wantsCache } from './object-props';
import { cssFontFamily, ptToPx, webFontFor } from './units';

type Align = 'left' | 'center' | 'right' | 'justify';
const ALIGNS = new Set<string>(['left', 'center', 'right', 'justify']);

const weightOf = (w: TextClip['fontWeight']): string | number =>
  w === undefined || w === '' ? 'normal' : w;

function textProps(clip: TextClip) {
  const stroked = Boolean(clip.stroke) && (clip.strokeWidth ?? 0) > 0;
  return {
    ...placementProps(clip),
    width: clip.width,
    text: clip.text,
    fill: clip.fill,
    fontSize: ptToPx(clip.fontSize),
    fontFamily: cssFontFamily(webFontFor(clip.fontFamily)),
    textAlign: ALIGNS.has(clip.align ?? '') ? (clip.align as Align) : ('left' as Align),
    fontWeight: weightOf(clip.fontWeight),
    fontStyle: clip.fontStyle === 'italic' ? ('italic' as const) : ('normal' as const),
    underline: clip.underline === true,
    backgroundColor: clip.backgroundColor ?? '',
    stroke: stroked ? (clip.stroke as string) : null,
    strokeWidth: stroked ? (clip.strokeWidth as number) : 0,
    paintFirst: 'stroke' as const,
    objectCaching: wantsCache(clip),
  };
}

/**
 * Resolves once the web font for this text (its weight, style and the very characters, which
 * matter for unicode-range subsets such as Korean) is loaded; null when nothing is to wait for.
 */
function fontLoad(clip: TextClip): Promise<unknown> | null {
  if (typeof document === 'undefined' || !('fonts' in document)) return null;
  const style = clip.fontStyle === 'italic' ? 'italic' : 'normal';
  const spec = `${style} ${weightOf(clip.fontWeight)} 16px "${webFontFor(clip.fontFamily)}"`;
  const sample = clip.text || 'A';
  try {
    if (document.fonts.check(spec, sample)) return null;
    return document.fonts.load(spec, sample).catch(() => undefined);
  } catch {
    return null;
  }
}

/** Measures again after a font arrives: glyph widths cached for the fallback font are stale. */
export function remeasure(obj: ClipText) {
  cache.clearFontCache(obj.fontFamily);
  obj.initDimensions();
  obj.setCoords();
  obj.dirty = true;
}

function watchFont(obj: ClipText, clip: TextClip, onReady: (obj: ClipText) => void) {
  const loading = fontLoad(clip);
  if (!loading) return;
  const key = `${clip.fontFamily}|${clip.fontWeight}|${clip.fontStyle}|${clip.text}`;
  obj.fontKey = key;
  void loading.then(() => {
    if (obj.fontKey !== key) return;
    obj.fontKey = '';
    remeasure(obj);
    onReady(obj);
  });
}

/**
 * The height the stage draws `clip` at: the same Textbox class, font and wrap width, laid out
 * off-canvas. The store asks this on every write that re-flows a text.
 */
export function measureTextHeight(clip: TextClip): number {
  const probe = new ClipText(clip.text, textProps(clip));
  return probe.height;
}

export function createTextObject(clip: TextClip, onReady: (obj: ClipText) => void): ClipText {
  const obj = new ClipText(clip.text, textProps(clip));
  obj.clipId = clip.id;
  obj.shadow = shadowOf(clip);
  obj.shadowKey = shadowKey(clip);
  watchFont(obj, clip, onReady);
  return obj;
}

export function updateTextObject(obj: ClipText, clip: TextClip, onReady: (obj: ClipText) => void) {
  if (obj.isEditing) return;
  obj.set(textProps(clip));
  const key = shadowKey(clip);
  if (obj.shadowKey !== key) {
    obj.shadow = shadowOf(clip);
    obj.shadowKey = key;
  }
  obj.initDimensions();
  obj.setCoords();
  obj.dirty = true;
  watchFont(obj, clip, onReady);
}
