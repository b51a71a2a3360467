import { describe, expect, it } from 'vitest';
import { scanJsonLimits } from './json-scan';
import { checkLimits, LIMITS } from './limits';

const list = (n: number, item = '{}') => `[${Array.from({ length: n }, () => item).join(',')}]`;

describe('scanJsonLimits', () => {
  it('refuses a list past its limit with the path and limit checkLimits would name', () => {
    const text = `{"name":"x","scenes":${list(LIMITS.scenesPerProject + 1)}}`;
    expect(scanJsonLimits(text, 'project')).toMatchObject({
      path: ['scenes'],
      code: 'limit.scenesPerProject',
    });
    expect(checkLimits(JSON.parse(text), 'project')).toMatchObject({
      path: ['scenes'],
      code: 'limit.scenesPerProject',
    });
    const clips = `{"scenes":[{"clips":[]},{"a":"],[{","clips":${list(LIMITS.clipsPerScene + 1, '{"k":[1,2]}')}}]}`;
    expect(scanJsonLimits(clips, 'project')).toMatchObject({
      path: ['scenes', 1, 'clips'],
      code: 'limit.clipsPerScene',
    });
    expect(
      scanJsonLimits(`{"scenes":${list(LIMITS.scenesPerProject)}}`, 'project'),
    ).toBeUndefined();
  });

  it('stops at the limit without reading the rest of a million-element body', () => {
    const text = `{"scenes":${list(1_000_000)}`; // unterminated: never read that far
    expect(scanJsonLimits(text, 'project')?.message).toBe(
      `scenes has more than ${LIMITS.scenesPerProject} entries; at most ${LIMITS.scenesPerProject} scenes per project are accepted.`,
    );
  });

  it('refuses depth, counts values, and is not fooled by brackets, quotes and escapes inside strings', () => {
    expect(
      scanJsonLimits(`${'['.repeat(LIMITS.depth + 1)}${']'.repeat(LIMITS.depth + 1)}`)?.code,
    ).toBe('limit.depth');
    expect(
      scanJsonLimits(`${'['.repeat(LIMITS.depth)}${']'.repeat(LIMITS.depth)}`),
    ).toBeUndefined();
    expect(
      scanJsonLimits(JSON.stringify({ a: '[[[[,,,,\\"]]]' + '{'.repeat(100), b: ['x\\', 'y"'] })),
    ).toBeUndefined();
    expect(scanJsonLimits(list(LIMITS.arrayItems + 1, '1'))?.code).toBe('limit.arrayItems');
    expect(scanJsonLimits(`{"a":${list(900, list(300, '0'))}}`)?.code).toBe('limit.values');
  });
});
