/** Unit conversions between the API's fields and Fabric's. Pure. */

/** The API's `fontSize` is in pt; the design space is px (pt:px = 3:4). */
export const ptToPx = (pt: number): number => (pt * 4) / 3;
export const pxToPt = (px: number): number => (px * 3) / 4;

/** The API's opacity is 1–100; Fabric's is 0–1. A missing value is fully opaque. */
export const opacityToFabric = (opacity: number | undefined): number =>
  Math.min(1, Math.max(0, (opacity ?? 100) / 100));

/** The web font the stage loads for a font family the render target knows. */
const WEB_FONTS: Record<string, string> = {
  'noto sans cjk': 'Noto Sans KR',
  'noto sans cjk kr': 'Noto Sans KR',
  'noto sans kr': 'Noto Sans KR',
};
export const DEFAULT_WEB_FONT = 'Noto Sans KR';

export function webFontFor(fontFamily: string | undefined): string {
  const key = (fontFamily ?? '').trim().toLowerCase();
  if (key === '') return DEFAULT_WEB_FONT;
  return WEB_FONTS[key] ?? (fontFamily as string).trim();
}

/** A CSS font-family list for Fabric: quoted, with the CJK web font as fallback. */
export const cssFontFamily = (webFont: string): string =>
  webFont === DEFAULT_WEB_FONT
    ? `"${webFont}", sans-serif`
    : `"${webFont}", "${DEFAULT_WEB_FONT}", sans-serif`;

/** Rounds away float noise from Fabric's matrix math before a value reaches the document. */
export const tidy = (value: number, digits = 4): number => {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
};
