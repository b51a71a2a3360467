import { describe, expect, it, vi } from 'vitest';
import four from '../fixtures/four-clip-landscape-request.json';
import { clipSchema } from './clips';
import { parseRequest, WHOLE_PARSE_CLIPS } from './parse-request';
import { editorProjectRequestSchema, sceneSchema } from './request';

/** The four-clip fixture with its scene repeated until the request holds `clips` clips or more. */
function bigRequest(clips: number) {
  const scene = four.scenes[0]!;
  const scenes = Array.from({ length: Math.ceil(clips / scene.clips.length) }, (_, s) => ({
    ...structuredClone(scene),
    sceneIdx: s,
  }));
  return { ...structuredClone(four), scenes };
}

const whole = (input: unknown) =>
  editorProjectRequestSchema.safeParse(input, { reportInput: true });
const paths = (r: ReturnType<typeof parseRequest> | ReturnType<typeof whole>) =>
  (r.success ? [] : r.error.issues).map((i) => `${i.path.join('.')} ${i.code}`).sort();

describe('parseRequest: the request schema, in bounded time', () => {
  it('gives what the schema gives for a big valid request, field for field and in order', () => {
    const input = { ...bigRequest(WHOLE_PARSE_CLIPS * 2), extra: { kept: true } };
    const ours = parseRequest(input);
    expect(ours.success).toBe(true);
    expect(JSON.stringify(ours.success && ours.data)).toBe(JSON.stringify(whole(input).data));
  });

  it('finds the same problems as the schema in a big request with a few', () => {
    const input = bigRequest(WHOLE_PARSE_CLIPS * 2) as Record<string, unknown> & {
      scenes: Record<string, unknown>[];
    };
    input.orientation = 'sideways';
    input.scenes[3]!.sceneIdx = -1;
    (input.scenes[5]!.clips as Record<string, unknown>[])[2]!.layer = 'top';
    (input.scenes[9]!.clips as unknown[])[0] = 7;
    delete input.scenes[11]!.background;
    const ours = parseRequest(input);
    expect(ours.success).toBe(false);
    expect(paths(ours)).toEqual(paths(whole(input)));
    expect(paths(ours).length).toBeGreaterThanOrEqual(5);
  });

  it('stops looking once enough problems are found, however many clips are bad', () => {
    const clip = vi.spyOn(clipSchema, 'safeParse');
    try {
      const input = {
        scenes: Array.from({ length: 200 }, (_, s) => ({
          sceneIdx: s,
          background: {},
          clips: Array.from({ length: 1000 }, () => ({ type: 'shape' })),
        })),
      };
      const ours = parseRequest(input, 50);
      const found = ours.success ? [] : ours.error.issues;
      expect(found.length).toBeGreaterThanOrEqual(50);
      expect(found.length).toBeLessThan(100);
      expect(clip.mock.calls.length).toBeLessThanOrEqual(50);
    } finally {
      clip.mockRestore();
    }
  });

  it('stops after the first scene full of problems when scenes are parsed whole', () => {
    const scene = vi.spyOn(sceneSchema, 'safeParse');
    try {
      const input = {
        scenes: Array.from({ length: 200 }, (_, s) => ({
          sceneIdx: s,
          background: {},
          clips: Array.from({ length: WHOLE_PARSE_CLIPS }, () => 1),
        })),
      };
      expect(parseRequest(input, 50).success).toBe(false);
      expect(scene.mock.calls.length).toBe(1);
    } finally {
      scene.mockRestore();
    }
  });

  it('parses a small request whole, as the schema does', () => {
    const input = bigRequest(8);
    expect(parseRequest(input)).toEqual(whole(input));
  });
});
