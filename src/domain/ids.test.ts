import { describe, expect, it } from 'vitest';
import { CLIP_ID_PATTERN, makeClipId, nextLayer } from './ids';
import { FIXTURES, fixture } from './preflight/test-support';
import { CLIP_TYPES } from './schema/common';

const sequence = (values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
};

describe('clip ids', () => {
  it('are {type}-{11 base36 chars}, like the upstream editor', () => {
    expect(makeClipId('image', () => 0)).toBe('image-00000000000');
    expect(makeClipId('audio', () => 0.9999)).toBe('audio-zzzzzzzzzzz');
    expect(makeClipId('shape', sequence([1 / 36, 10 / 36, 35 / 36]))).toBe('shape-1az1az1az1a');
    for (const type of CLIP_TYPES) expect(makeClipId(type, Math.random)).toMatch(CLIP_ID_PATTERN);
  });

  it('clamp a random source that leaves [0, 1)', () => {
    expect(makeClipId('image', sequence([1, -0.5, NaN, Infinity]))).toMatch(CLIP_ID_PATTERN);
  });

  it('the fixtures use that style', () => {
    for (const request of Object.values(FIXTURES)) {
      for (const clip of request.scenes[0]!.clips) expect(clip.id).toMatch(CLIP_ID_PATTERN);
    }
  });
});

describe('nextLayer', () => {
  it('is one above the highest visual layer; audio does not count', () => {
    expect(nextLayer([])).toBe(0);
    expect(nextLayer(fixture('textImage').scenes[0]!.clips)).toBe(4);
    const audio = fixture('audio').scenes[0]!.clips;
    expect(nextLayer(audio)).toBe(2);
    expect(nextLayer(audio.filter((c) => c.type === 'audio'))).toBe(0);
  });
});
