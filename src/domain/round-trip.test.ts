import { describe, expect, it } from 'vitest';
import { build } from './build';
import { parse } from './parse';
import { moveScene } from './scene-edits';
import seed from './fixtures/seed-000-request.json';
import image from './fixtures/clip-image-request.json';
import text from './fixtures/clip-textImage-request.json';
import shape from './fixtures/clip-shape-request.json';
import video from './fixtures/clip-videoImage-request.json';
import audio from './fixtures/clip-audio-request.json';

const fixtures = { seed, image, text, shape, video, audio };

describe('parse then build', () => {
  for (const [name, request] of Object.entries(fixtures)) {
    it(`gives back the ${name} request unchanged`, () => {
      const result = parse(request);
      if (!result.ok) throw result.error;
      expect(build(result.project)).toStrictEqual(request);
    });
  }

  it('keeps fields the docs do not list, at every level', () => {
    const request = structuredClone(seed) as Record<string, unknown> & typeof seed;
    request.dictionary = { words: ['Scenewright'] };
    (request.scenes[0] as Record<string, unknown>).customSceneFlag = 7;
    (request.scenes[0]!.clips[0] as Record<string, unknown>).vendorOnly = { deep: [1, 2] };
    (request.scenes[0]!.scripts[0] as Record<string, unknown>).speed = 1.2;
    const result = parse(request);
    if (!result.ok) throw result.error;
    expect(build(result.project)).toStrictEqual(request);
  });

  it('keeps scene order and sceneIdx as imported; a move numbers the scenes again', () => {
    const request = structuredClone(seed);
    const second = { ...structuredClone(seed.scenes[0]!), sceneIdx: 0 };
    request.scenes = [{ ...request.scenes[0]!, sceneIdx: 5 }, second];
    const result = parse(request);
    if (!result.ok) throw result.error;
    expect(build(result.project).scenes.map((s) => s.sceneIdx)).toEqual([5, 0]);
    const moved = moveScene(result.project, result.project.scenes[1]!.id, 0);
    expect(build(moved).scenes.map((s) => s.sceneIdx)).toEqual([0, 1]);
  });

  it('reports the path of a wrong type', () => {
    const request = structuredClone(seed) as unknown as {
      scenes: { clips: { left: unknown }[] }[];
    };
    request.scenes[0]!.clips[0]!.left = 'far left';
    const result = parse(request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems[0]!.path).toEqual(['scenes', 0, 'clips', 0, 'left']);
    expect(result.error.message).toContain('scenes[0].clips[0].left');
  });
});
