import { describe, expect, it } from 'vitest';
import { contentMatches, sniffMedia } from './media-sniff';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );
const box = (brand: string) => bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0]);

describe('sniffMedia', () => {
  it('names each accepted type from its magic bytes', () => {
    expect(sniffMedia(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffMedia(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffMedia(bytes('GIF89a'))).toBe('gif');
    expect(sniffMedia(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
    expect(sniffMedia(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBe('wav');
    expect(sniffMedia(box('avif'))).toBe('avif');
    expect(sniffMedia(box('isom'))).toBe('mp4');
    expect(sniffMedia(box('qt  '))).toBe('mov');
    expect(sniffMedia(box('M4A '))).toBe('m4a');
    expect(sniffMedia(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBe('webm');
    expect(sniffMedia(bytes('OggS'))).toBe('ogg');
    expect(sniffMedia(bytes('ID3', [4, 0]))).toBe('mp3');
    expect(sniffMedia(bytes([0xff, 0xfb, 0x90]))).toBe('mp3');
    expect(sniffMedia(bytes([0xff, 0xf1, 0x50]))).toBe('aac');
    expect(
      sniffMedia(
        bytes(
          [0xef, 0xbb, 0xbf],
          '<?xml version="1.0"?>\n<!-- x --><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg">',
        ),
      ),
    ).toBe('svg');
  });

  it('names nothing for other content, and matches declared types by family only', () => {
    for (const text of ['<html><svg>', 'MZ\x90', '{"a":1}', '', 'hello <svg>'])
      expect(sniffMedia(bytes(text)), text).toBeUndefined();
    expect(contentMatches('mp4', 'mov')).toBe(true);
    expect(contentMatches('m4a', 'mp4')).toBe(true);
    expect(contentMatches('weba', 'webm')).toBe(true);
    expect(contentMatches('png', 'jpg')).toBe(false);
    expect(contentMatches('svg', undefined)).toBe(false);
  });
});
