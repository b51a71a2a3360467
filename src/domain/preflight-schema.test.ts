import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import committed from '../../public/schema/editor-project.json';
import { hasErrors, preflight, validateRequest } from './preflight';
import { editorProjectJsonSchemaText } from './preflight/json-schema';
import { FIXTURES, fixture, type FixtureName } from '../testing/preflight-fixtures';

describe('the fixtures', () => {
  it.each(Object.keys(FIXTURES) as FixtureName[])('%s validates with no issue at all', (name) => {
    const result = validateRequest(FIXTURES[name]);
    expect(result.issues).toStrictEqual([]);
    expect(result.request).toStrictEqual(FIXTURES[name]);
    expect(preflight(fixture(name))).toStrictEqual([]);
  });

  it('validateRequest does not change its input', () => {
    const input = fixture('shape');
    const before = structuredClone(input);
    validateRequest(input);
    expect(input).toStrictEqual(before);
  });
});

describe('schema problems become error issues', () => {
  it('schema.invalid_value for a documented enum, at its path', () => {
    const r = fixture('shape') as unknown as {
      orientation: string;
      scenes: { clips: Record<string, unknown>[] }[];
    };
    r.orientation = 'square';
    expect(validateRequest(r)).toStrictEqual({
      issues: [
        {
          severity: 'error',
          code: 'schema.invalid_value',
          detail: {},
          path: ['orientation'],
          field: 'orientation',
          message: expect.stringMatching(
            /^The field orientation does not match .*"landscape".*\.$/,
          ),
        },
      ],
    });
  });

  it('carries scene index, clip id and field inside a clip', () => {
    const r = fixture('shape') as unknown as { scenes: { clips: Record<string, unknown>[] }[] };
    r.scenes[0]!.clips[1]!.shapeName = 'Blob';
    const { issues } = validateRequest(r);
    expect(issues).toStrictEqual([
      {
        severity: 'error',
        code: 'schema.invalid_value',
        detail: {},
        path: ['scenes', 0, 'clips', 1, 'shapeName'],
        sceneIndex: 0,
        clipId: 'shape-1hgur0eiu13',
        field: 'shapeName',
        message: expect.stringContaining('scenes[0].clips[1].shapeName'),
      },
    ]);
    expect(hasErrors(issues)).toBe(true);
  });

  it('reports wrong types and unreadable input without throwing', () => {
    expect(validateRequest('nope').issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['schema.invalid_type', []],
    ]);
    const r = fixture() as unknown as { scenes: Record<string, unknown>[] };
    r.scenes[0]!.scripts = 'hi';
    expect(validateRequest(r).issues.map((i) => i.code)).toStrictEqual(['schema.invalid_type']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(validateRequest(proxy).issues.map((i) => i.code)).toStrictEqual(['schema.unreadable']);
  });

  it('stops at 50 schema issues', () => {
    const r = fixture();
    r.scenes = Array.from({ length: 80 }, () => ({}) as never);
    expect(validateRequest(r).issues).toHaveLength(50);
  });
});

describe('public/schema/editor-project.json', () => {
  it('is what scripts/write-schema.mjs generates now (run it after changing src/domain/schema)', () => {
    expect(committed).toStrictEqual(JSON.parse(editorProjectJsonSchemaText()));
  });

  it('accepts every fixture and rejects a wrong enum (read back with zod fromJSONSchema)', () => {
    const fromFile = z.fromJSONSchema(committed as unknown as z.core.JSONSchema.JSONSchema);
    for (const request of Object.values(FIXTURES))
      expect(fromFile.safeParse(request).success).toBe(true);
    expect(fromFile.safeParse({ ...fixture(), resolution: '8k' }).success).toBe(false);
    expect(fromFile.safeParse({ ...fixture(), scenes: [] }).success).toBe(false);
  });
});
