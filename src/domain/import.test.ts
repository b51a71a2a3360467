import { describe, expect, it } from 'vitest';
import { build } from './build';
import seed from './fixtures/seed-000-request.json';
import { importProject } from './import';

describe('import accepts what people bring', () => {
  it('a full request', () => {
    const r = importProject(structuredClone(seed));
    expect(r.ok && r.shape).toBe('request');
    if (r.ok) expect(build(r.project)).toStrictEqual(seed);
  });
  it('a bare scenes array', () => {
    const r = importProject(seed.scenes);
    expect(r.ok && r.shape).toBe('scenes');
    if (r.ok) expect(build(r.project).scenes).toStrictEqual(seed.scenes);
  });
  it('a project as the upstream returns it, metadata dropped, unknown fields kept', () => {
    const upstream = {
      success: true,
      data: {
        project: {
          _id: 'abc',
          userId: 'u',
          state: 'exported',
          createdAt: 'x',
          name: 'Mine',
          orientation: 'landscape',
          dictionary: { a: 1 },
          scenes: seed.scenes,
        },
      },
    };
    const r = importProject(upstream);
    expect(r.ok && r.shape).toBe('upstream-project');
    if (r.ok)
      expect(build(r.project)).toStrictEqual({
        name: 'Mine',
        orientation: 'landscape',
        dictionary: { a: 1 },
        scenes: seed.scenes,
      });
  });
  it('wrong types say what and where', () => {
    const wrong = structuredClone(seed) as unknown as {
      scenes: { scripts: { isTTS: unknown }[] }[];
    };
    wrong.scenes[0]!.scripts[0]!.isTTS = 'no';
    const r = importProject(wrong);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('scenes[0].scripts[0].isTTS');
  });
});
