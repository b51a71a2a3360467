import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import type { MeasureText } from '../domain/merge/overflow';
import type { TextClip } from '../domain/schema/clips';

/**
 * The editor's text measurement without a browser, for the CLI's overflow check: the same font
 * files the stage loads (@fontsource/noto-sans-kr, split by unicode-range), read with fontkit, and
 * laid out the way Fabric's Textbox does (node_modules/fabric, Textbox._wrapLine and
 * calcTextHeight): words split at single spaces, each glyph's width kerned against the one before,
 * a word wider than the box widens it, lines 1.13 em high and 1.16 of that apart.
 */

const FONT_SIZE_MULT = 1.13; // Fabric's _fontSizeMult
const LINE_HEIGHT = 1.16; // Fabric's default lineHeight
/** A character no face covers: the browser falls back to a system font we cannot read here. */
const FALLBACK_EM = 0.6;

interface Face {
  file: string;
  ranges: [number, number][];
  font?: Font;
}

const fontsDir = () =>
  dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/400.css'));

function readFaces(weight: 400 | 700): Face[] {
  const dir = fontsDir();
  const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    // The same faces as the stage's WOFF2, in their WOFF packing: ~3× faster to unpack in JS.
    const file = /url\(([^)]+\.woff)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) return [];
    const ranges = range.split(',').map((part): [number, number] => {
      const [lo = '0', hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo, 16), parseInt(hi, 16)];
    });
    return [{ file: join(dir, file), ranges }];
  });
}

const facesByWeight = new Map<number, Face[]>();

function faceOf(codePoint: number, weight: 400 | 700): Face | undefined {
  let faces = facesByWeight.get(weight);
  if (!faces) facesByWeight.set(weight, (faces = readFaces(weight)));
  const face = faces.find((f) => f.ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi));
  if (face && !face.font) face.font = create(readFileSync(face.file)) as Font;
  return face;
}

/** Like CSS font matching with only 400 and 700 loaded: 600 and up is bold. */
const weightOf = (w: TextClip['fontWeight']): 400 | 700 =>
  w === 'bold' || Number(w) >= 600 ? 700 : 400;

/** Width in em of a run of characters of one face, shaped as the browser's measureText would. */
const runEm = (font: Font, text: string) =>
  font.layout(text).positions.reduce((sum, p) => sum + p.xAdvance, 0) / font.unitsPerEm;

function createCharWidths(weight: 400 | 700) {
  const single = new Map<string, number>();
  const em = (ch: string) => {
    let width = single.get(ch);
    if (width === undefined) {
      const face = faceOf(ch.codePointAt(0) ?? 0, weight);
      width = face?.font ? runEm(face.font, ch) : FALLBACK_EM;
      single.set(ch, width);
    }
    return width;
  };
  /** Fabric's kernedWidth: the pair's width less the previous glyph's, within one face. */
  return (ch: string, previous: string | undefined) => {
    if (previous === undefined) return em(ch);
    const face = faceOf(ch.codePointAt(0) ?? 0, weight);
    if (!face?.font || face !== faceOf(previous.codePointAt(0) ?? 0, weight)) return em(ch);
    return runEm(face.font, previous + ch) - em(previous);
  };
}

const widthsByWeight = new Map<number, ReturnType<typeof createCharWidths>>();

/** The size (design px, before scale) Fabric's Textbox gives this clip on the stage. */
export const measureTextNode: MeasureText = (clip) => {
  const weight = weightOf(clip.fontWeight);
  let charEm = widthsByWeight.get(weight);
  if (!charEm) widthsByWeight.set(weight, (charEm = createCharWidths(weight)));
  const size = (clip.fontSize * 4) / 3; // pt -> px, as the stage
  const wordWidth = (word: string) => {
    let width = 0;
    let previous: string | undefined;
    for (const ch of word) {
      width += charEm(ch, previous) * size;
      previous = ch;
    }
    return width;
  };
  const space = wordWidth(' ');
  const paragraphs = clip.text.split(/\r?\n/).map((p) => p.split(/[ \t\r]/).map(wordWidth));
  const largestWord = Math.max(0, ...paragraphs.flat());
  const maxWidth = Math.max(clip.width, largestWord);
  let lines = 0;
  for (const words of paragraphs) {
    lines += 1;
    let line = 0;
    words.forEach((w, i) => {
      if (i > 0 && line + space + w > maxWidth) {
        lines += 1;
        line = w;
      } else line += (i > 0 ? space : 0) + w;
    });
  }
  const lineEm = size * FONT_SIZE_MULT;
  return { width: maxWidth, height: lineEm * LINE_HEIGHT * (lines - 1) + lineEm };
};
