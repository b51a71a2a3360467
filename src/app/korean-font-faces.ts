// Noto Sans KR's Korean slices (fontsource, 248 @font-face rules), fetched as a chunk of its own
// after the first screen is up; their font files are fetched only for the characters drawn.
import css400 from '@fontsource/noto-sans-kr/400.css?inline';
import css700 from '@fontsource/noto-sans-kr/700.css?inline';

const RULE = /@font-face\s*{([^}]*)}/g;
// The built CSS is minified: a rule's last declaration has no closing semicolon.
const field = (body: string, name: string) =>
  new RegExp(`${name}:\\s*([^;]+)`).exec(body)?.[1]?.trim();

/**
 * Adds every face to document.fonts at once. FontFace objects, not a stylesheet: they are in the set
 * as soon as this returns, so a text measured right after waits for its font instead of measuring
 * the fallback (the stage asks document.fonts before measuring).
 */
/** @public Called through the dynamic import in fonts.ts, which knip does not follow. */
export function registerKoreanFaces(fonts: FontFaceSet): number {
  let added = 0;
  for (const [, body = ''] of `${css400}${css700}`.matchAll(RULE)) {
    const family = field(body, 'font-family')?.replace(/['"]/g, '');
    const src = field(body, 'src');
    if (!family || !src) continue;
    fonts.add(
      new FontFace(family, src, {
        style: field(body, 'font-style') ?? 'normal',
        weight: field(body, 'font-weight') ?? '400',
        display: 'swap',
        unicodeRange: field(body, 'unicode-range') ?? 'U+0-10FFFF',
      }),
    );
    added++;
  }
  return added;
}
