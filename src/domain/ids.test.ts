import { describe, expect, it } from 'vitest';
import { nextLayerOf } from './clip-edits';
import { CLIP_ID_PATTERN, idFromUuid } from './ids';
import { FIXTURES, fixture } from '../testing/preflight-fixtures';
import { CLIP_TYPES } from './schema/common';

describe('ids from a UUID', () => {
  it('are {prefix}-{11 base36 chars}, like the upstream editor', () => {
    expect(idFromUuid('image', '00000000-0000-4000-8000-000000000000')).toBe(
      `image-${(0x40008000000000000000n % 36n ** 11n).toString(36).padStart(11, '0')}`,
    );
    expect(idFromUuid('scene', '00000000-0000-0000-0000-000000000023')).toBe('scene-0000000000z');
    for (const type of CLIP_TYPES)
      expect(idFromUuid(type, 'f47ac10b-58cc-4372-a567-0e02b2c3d479')).toMatch(CLIP_ID_PATTERN);
  });

  it('differ for UUIDs that differ in their low bits (a double click makes two ids)', () => {
    const a = idFromUuid('p', '6f1c3a52-8d1e-4b7a-9c2f-000000000001');
    const b = idFromUuid('p', '6f1c3a52-8d1e-4b7a-9c2f-000000000002');
    expect(a).not.toBe(b);
  });

  it('the fixtures use that style', () => {
    for (const request of Object.values(FIXTURES)) {
      for (const clip of request.scenes[0]!.clips) expect(clip.id).toMatch(CLIP_ID_PATTERN);
    }
  });
});

describe('nextLayerOf', () => {
  it('is one above the highest visual layer; audio does not count', () => {
    expect(nextLayerOf({ clips: [] })).toBe(0);
    expect(nextLayerOf(fixture('textImage').scenes[0]!)).toBe(4);
    const audio = fixture('audio').scenes[0]!.clips;
    expect(nextLayerOf({ clips: audio })).toBe(2);
    expect(nextLayerOf({ clips: audio.filter((c) => c.type === 'audio') })).toBe(0);
  });
});
