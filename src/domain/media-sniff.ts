/**
 * What a file is, from its first bytes (magic numbers), for the media types uploads accept.
 * Returns the file extension the content proves, or undefined when it proves none of them.
 */
export type SniffedType =
  | 'png'
  | 'jpg'
  | 'gif'
  | 'webp'
  | 'avif'
  | 'svg'
  | 'mp4'
  | 'mov'
  | 'm4a'
  | 'webm'
  | 'mp3'
  | 'wav'
  | 'ogg'
  | 'aac';

/** How many leading bytes `sniffMedia` needs at most. */
export const SNIFF_BYTES = 1024;

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));
const starts = (bytes: Uint8Array, magic: number[], at = 0) =>
  magic.every((b, i) => bytes[at + i] === b);

function isoBmff(bytes: Uint8Array): SniffedType | undefined {
  if (ascii(bytes, 4, 4) !== 'ftyp') return undefined;
  const brand = ascii(bytes, 8, 4);
  if (brand === 'avif' || brand === 'avis') return 'avif';
  if (brand === 'qt  ') return 'mov';
  if (brand === 'M4A ' || brand === 'M4B ') return 'm4a';
  return 'mp4';
}

function isSvg(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, SNIFF_BYTES))
    .replace(/^\uFEFF/, '');
  // An optional XML prolog, doctype and comments, then the <svg root.
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(text);
}

export function sniffMedia(bytes: Uint8Array): SniffedType | undefined {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return 'wav';
  const box = isoBmff(bytes);
  if (box) return box;
  if (starts(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
  if (ascii(bytes, 0, 4) === 'OggS') return 'ogg';
  if (ascii(bytes, 0, 3) === 'ID3') return 'mp3';
  // MPEG audio frame sync: 11 set bits, layer bits not 00. ADTS (AAC) has layer 00.
  if (bytes[0] === 0xff && bytes[1] !== undefined && (bytes[1] & 0xe0) === 0xe0)
    return (bytes[1] & 0x06) === 0 ? 'aac' : 'mp3';
  if (isSvg(bytes)) return 'svg';
  return undefined;
}

/** Contents that may be stored under a declared type (a container can hold audio or video alike). */
const SAME_FAMILY: Record<string, SniffedType[]> = {
  png: ['png'],
  jpg: ['jpg'],
  gif: ['gif'],
  webp: ['webp'],
  avif: ['avif'],
  svg: ['svg'],
  mp4: ['mp4', 'mov', 'm4a'],
  mov: ['mov', 'mp4'],
  webm: ['webm'],
  mp3: ['mp3'],
  wav: ['wav'],
  ogg: ['ogg'],
  m4a: ['m4a', 'mp4'],
  aac: ['aac'],
  weba: ['webm'],
};

/** True when the sniffed content is what the declared extension says it is. */
export function contentMatches(declaredExt: string, sniffed: SniffedType | undefined): boolean {
  return sniffed !== undefined && (SAME_FAMILY[declaredExt] ?? []).includes(sniffed);
}
