import { describe, expect, it } from 'vitest';
import { build } from './build';
import { parse } from './parse';
import { validateRequest } from './preflight';
import { fixture } from '../testing/preflight-fixtures';
import { clipTypeOf, isOpaqueClip } from './schema/clips';

const sticker = {
  id: 'sticker-1',
  type: 'sticker',
  left: 10,
  top: 20,
  width: 300,
  height: 200,
  layer: 2,
  pack: { name: 'party', frames: [1, 2] },
};

describe('a clip of an unknown type', () => {
  it('is kept as an opaque clip and sent back unchanged', () => {
    const r = fixture();
    r.scenes[0]!.clips.push(structuredClone(sticker) as never);
    const result = parse(r);
    if (!result.ok) throw result.error;
    const clip = result.project.scenes[0]!.clips[1]!;
    expect(isOpaqueClip(clip)).toBe(true);
    expect(clipTypeOf(clip)).toBe('sticker');
    expect(build(result.project)).toStrictEqual(r);
    expect(validateRequest(r).issues.filter((i) => i.severity === 'error')).toStrictEqual([]);
  });

  it('without the fields every clip has, is refused with the field named', () => {
    const r = fixture();
    const { layer: _layer, ...noLayer } = sticker;
    r.scenes[0]!.clips.push(noLayer as never);
    const result = parse(r);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^scenes\[0\]\.clips\[1\]\.layer: /);
  });

  it('a known type with a wrong field is reported by its own schema', () => {
    const r = fixture();
    (r.scenes[0]!.clips[0] as unknown as Record<string, unknown>).model = 'x';
    const result = parse(r);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.problems[0]!.path).toEqual(['scenes', 0, 'clips', 0, 'model']);
  });
});
