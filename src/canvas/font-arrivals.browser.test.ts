import latinFace from '@fontsource/noto-sans-kr/files/noto-sans-kr-latin-400-normal.woff2?url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../testing/test-editor';
import type { TextClip } from '../domain/schema/clips';
import type { ClipText } from './clip-object';
import { watchFontArrivals } from './font-arrivals';
import { createTextObject } from './text-object';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A text clip as the editor makes it, set in `family` (a face registered only by the test). */
function textIn(family: string): TextClip {
  const ed = createTestEditor();
  ed.commands.insert.text('Quarterly results for everyone, wide enough to wrap');
  const clip = ed.scene().clips.find((c) => c.type === 'textImage') as TextClip;
  return { ...clip, fontFamily: family };
}

/** Watches document.fonts; resolves with the objects' widths once the watcher re-laid them out. */
function watching(objects: ClipText[]) {
  let remeasured = 0;
  stops.push(
    watchFontArrivals(
      document.fonts,
      () => objects,
      () => remeasured++,
    ),
  );
  return { remeasured: () => remeasured };
}

describe('font arrivals', () => {
  it('lay out again a text drawn before its face was even registered', async () => {
    const family = `Arrival ${Math.random().toString(36).slice(2)}`;
    const early = createTextObject(textIn(family), () => undefined); // laid out in the fallback
    const fallbackWidth = early.calcTextWidth();
    const watch = watching([early]);

    const face = new FontFace(family, `url(${latinFace})`);
    document.fonts.add(face);
    await face.load();
    await expect.poll(watch.remeasured).toBe(1);

    // Laid out exactly as a text made now, with the face in, and not as before.
    const late = createTextObject(textIn(family), () => undefined);
    expect(early.calcTextWidth()).toBe(late.calcTextWidth());
    expect(early.height).toBe(late.height);
    expect(early.calcTextWidth()).not.toBe(fallbackWidth);
    document.fonts.delete(face);
  });

  it('leaves texts in other families alone', async () => {
    const family = `Other ${Math.random().toString(36).slice(2)}`;
    const unrelated = createTextObject(textIn('Comic Sans MS'), () => undefined);
    const related = createTextObject(textIn(family), () => undefined);
    unrelated.dirty = related.dirty = false;
    const watch = watching([unrelated, related]);
    const face = new FontFace(family, `url(${latinFace})`);
    document.fonts.add(face);
    await face.load();
    await expect.poll(watch.remeasured).toBe(1);
    expect(related.dirty).toBe(true);
    expect(unrelated.dirty).toBe(false);
    document.fonts.delete(face);
  });
});
