/**
 * Colours as the API writes them (`rgb(r,g,b)`, `#rrggbb`, `#rrggbbaa`, `rgba(...)`) and as the
 * picker edits them (`#rrggbbaa`). Alpha is kept all the way through.
 */
const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/** Any supported colour as `#rrggbbaa` (opaque black when unreadable or empty). */
export function toHex8(color: string | undefined): string {
  const c = (color ?? '').trim().toLowerCase();
  if (/^#[0-9a-f]{8}$/.test(c)) return c;
  if (/^#[0-9a-f]{6}$/.test(c)) return `${c}ff`;
  if (/^#[0-9a-f]{3,4}$/.test(c)) {
    const full = [...c.slice(1)].map((x) => x + x).join('');
    return `#${full.length === 6 ? `${full}ff` : full}`;
  }
  const m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+%?)\s*)?\)$/.exec(c);
  if (!m) return '#000000ff';
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : Number(m[4]);
  return `#${hex2(Number(m[1]))}${hex2(Number(m[2]))}${hex2(Number(m[3]))}${hex2(alpha * 255)}`;
}

/** `#rrggbbaa` back to the API: `rgb(r,g,b)` when opaque (as before), else `#rrggbbaa`. */
export function fromHex8(hex8: string): string {
  const h = toHex8(hex8);
  if (h.endsWith('ff')) {
    const n = parseInt(h.slice(1, 7), 16);
    return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
  }
  return h;
}

/** Alpha 0–100 %. */
export const alphaPercent = (color: string | undefined): number =>
  Math.round((parseInt(toHex8(color).slice(7), 16) / 255) * 100);
