import { describe, expect, it, vi } from 'vitest';
import four from '../fixtures/four-clip-landscape-request.json';
import { clipSchema } from './clips';
import { parseRequest, WHOLE_PARSE_VALUES } from './parse-request';
import { editorProjectRequestSchema, sceneSchema } from './request';

/** The four-clip fixture, its clips repeated to `clips` per scene, over `scenes` scenes. */
function bigRequest(scenes: number, clips: number) {
  const scene = four.scenes[0]!;
  return {
    ...structuredClone(four),
    scenes: Array.from({ length: scenes }, (_, s) => ({
      ...structuredClone(scene),
      sceneIdx: s,
      clips: Array.from({ length: clips }, (_, c) => ({
        ...structuredClone(scene.clips[c % scene.clips.length]!),
        id: `${scene.clips[c % scene.clips.length]!.type}-s${s}c${c}`,
      })),
    })),
  } as Record<string, unknown> & { scenes: (Record<string, unknown> & { clips: unknown[] })[] };
}

const whole = (input: unknown) =>
  editorProjectRequestSchema.safeParse(input, { reportInput: true });
const found = (r: ReturnType<typeof parseRequest> | ReturnType<typeof whole>) =>
  (r.success ? [] : r.error.issues).map((i) => `${i.path.join('.')} ${i.code}`);

/** Calls of `schema.safeParse` made while `run` runs. */
function callsOf(schema: { safeParse: (...a: never[]) => unknown }, run: () => void) {
  const spy = vi.spyOn(schema, 'safeParse');
  try {
    run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('parseRequest: the request schema, in bounded time', () => {
  it('gives what the schema gives for big valid requests, field for field and in order', () => {
    for (const [scenes, clips] of [
      [60, 30],
      [2, 600],
    ] as const) {
      const input = { ...bigRequest(scenes, clips), extra: { kept: true } };
      const ours = parseRequest(input);
      expect(ours.success).toBe(true);
      expect(JSON.stringify(ours.success && ours.data)).toBe(JSON.stringify(whole(input).data));
    }
  });

  it('finds the same problems as the schema, in the same order, in a big request with a few', () => {
    for (const [scenes, clips] of [
      [60, 30],
      [2, 600],
    ] as const) {
      const input = bigRequest(scenes, clips);
      input.webhookUrl = 5;
      input.orientation = 'sideways';
      input.scenes[1]!.sceneIdx = -1;
      (input.scenes[1]!.clips[2] as Record<string, unknown>).layer = 'top';
      input.scenes[1]!.clips[0] = 7;
      input.scenes[1]!.watermark = 'no';
      delete input.scenes[0]!.background;
      const ours = found(parseRequest(input));
      expect(ours).toEqual(found(whole(input)));
      expect(ours.length).toBeGreaterThanOrEqual(7);
    }
  });

  it('stops once enough problems are found, however many clips are bad', () => {
    const input = {
      scenes: Array.from({ length: 200 }, (_, s) => ({
        sceneIdx: s,
        background: {},
        clips: Array.from({ length: 1000 }, () => ({ type: 'shape' })),
      })),
    };
    // Each scene (2,001 values) is parsed whole: the first one's 1,000 problems end the parse.
    let issues: string[] = [];
    const scenes = callsOf(sceneSchema, () => (issues = found(parseRequest(input, 50))));
    expect(issues.length).toBeGreaterThanOrEqual(50);
    expect(scenes).toBe(1);
  });

  it('stops within one clip when a few clips carry long lists of bad values', () => {
    const avatar = four.scenes[0]!.clips.find((c) => c.type === 'aiModel')!;
    const input = {
      scenes: [
        {
          sceneIdx: 0,
          background: {},
          clips: Array.from({ length: 480 }, (_, i) => ({
            ...structuredClone(avatar),
            id: `aiModel-${i}`,
            effects: Array.from({ length: 400 }, () => 1),
          })),
        },
      ],
    };
    const clips = callsOf(clipSchema, () => expect(parseRequest(input, 50).success).toBe(false));
    expect(clips).toBe(1);
  });

  it('stops after the first scene full of problems when scenes are parsed whole', () => {
    const perScene = Math.floor(WHOLE_PARSE_VALUES / 2);
    const input = {
      scenes: Array.from({ length: 20 }, (_, s) => ({
        sceneIdx: s,
        background: {},
        clips: Array.from({ length: perScene }, () => 1),
      })),
    };
    const scenes = callsOf(sceneSchema, () => expect(parseRequest(input, 50).success).toBe(false));
    expect(scenes).toBe(1);
  });

  it('says what the schema says of a big body without a list of scenes', () => {
    const lists = Array.from({ length: 900 }, () => Array.from({ length: 20 }, () => 1));
    for (const input of [{ name: 'x', extra: lists }, lists, { scenes: 'none', extra: lists }])
      expect(found(parseRequest(input))).toEqual(found(whole(input)));
  });

  it('parses a small request whole, as the schema does', () => {
    const input = bigRequest(2, 4);
    expect(parseRequest(input)).toEqual(whole(input));
  });
});
