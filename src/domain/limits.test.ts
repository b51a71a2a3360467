import { describe, expect, it } from 'vitest';
import { checkLimits, isSafeId, LIMITS } from './limits';

describe('checkLimits', () => {
  it('names the first limit passed, with its path, for projects and simple videos', () => {
    const scenes = Array.from({ length: LIMITS.scenesPerProject + 1 }, () => ({}));
    expect(checkLimits({ scenes }, 'project')).toMatchObject({
      path: ['scenes'],
      code: 'limit.scenesPerProject',
    });
    expect(
      checkLimits(
        { scenes: [{ clips: Array.from({ length: LIMITS.clipsPerScene + 1 }, () => ({})) }] },
        'project',
      ),
    ).toMatchObject({ path: ['scenes', 0, 'clips'], code: 'limit.clipsPerScene' });
    expect(
      checkLimits(
        { scenes: [{ scripts: [{ org: 'x'.repeat(LIMITS.scriptChars + 1) }] }] },
        'project',
      ),
    ).toMatchObject({ path: ['scenes', 0, 'scripts', 0, 'org'], code: 'limit.scriptChars' });
    expect(checkLimits({ text: 'x'.repeat(LIMITS.scriptChars + 1) }, 'simple')?.code).toBe(
      'limit.scriptChars',
    );
    expect(checkLimits({ name: 'x'.repeat(LIMITS.stringChars + 1) })?.code).toBe(
      'limit.stringChars',
    );
    expect(
      checkLimits({ scenes: [{ scripts: [{ org: 'x'.repeat(LIMITS.scriptChars) }] }] }, 'project'),
    ).toBeUndefined();
    // Only the simple video's own text is a script: the same field nested under any key is not.
    const nested = { '': { text: 'x'.repeat(LIMITS.scriptChars + 1) } };
    expect(checkLimits(nested, 'simple')).toBeUndefined();
  });

  it('refuses depth before it could overflow the stack, and counts every value', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkLimits(deep)?.code).toBe('limit.depth');
    const wide = Array.from({ length: 900 }, () => Array.from({ length: 300 }, () => 0));
    expect(checkLimits({ wide })?.code).toBe('limit.values');
  });

  it('reports the first problem in document order, at any depth', () => {
    const long = 'x'.repeat(LIMITS.stringChars + 1);
    const body = {
      scenes: [
        { clips: [{ style: { nested: [{ url: long }] } }], name: long },
        { clips: Array.from({ length: LIMITS.clipsPerScene + 1 }, () => ({})) },
      ],
    };
    expect(checkLimits(body, 'project')).toMatchObject({
      path: ['scenes', 0, 'clips', 0, 'style', 'nested', 0, 'url'],
      code: 'limit.stringChars',
    });
    body.scenes[0]!.clips = [];
    expect(checkLimits(body, 'project')?.path).toEqual(['scenes', 0, 'name']);
    body.scenes[0]!.name = 'short';
    expect(checkLimits(body, 'project')).toMatchObject({
      path: ['scenes', 1, 'clips'],
      code: 'limit.clipsPerScene',
      params: { where: 'scenes[1].clips' },
    });
  });

  it('accepts upstream and job ids only as ids', () => {
    expect(['67da28f034b05ae2e4385a2b', 'AbC_9-x'].filter((id) => !isSafeId(id))).toEqual([]);
    expect(['..', '', 'a/b', 'a?b', 'a b', 'x'.repeat(65), 7].filter(isSafeId)).toEqual([]);
  });
});
