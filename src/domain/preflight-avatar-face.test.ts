import { describe, expect, it } from 'vitest';
import seed from './fixtures/seed-000-request.json';
import { preflight } from './preflight';
import type { EditorProjectRequest } from './schema/request';

const withClip = (clip: Record<string, unknown>, org = seed.scenes[0]!.scripts![0]!.org) => {
  const r = structuredClone(seed) as unknown as EditorProjectRequest;
  r.scenes[0]!.scripts![0]!.org = org;
  r.scenes[0]!.clips.push(clip as never);
  return r;
};
const text = (over: Record<string, unknown>) => ({
  id: 'textImage-t',
  type: 'textImage',
  text: 'Hi',
  fill: 'rgb(0,0,0)',
  fontSize: 40,
  left: 800,
  top: 200,
  width: 200,
  height: 60,
  layer: 2,
  ...over,
});

describe('face guide overlap (head box of the seed avatar: about 785–967 × 176–362)', () => {
  it('warns when text above the avatar covers the face', () => {
    expect(preflight(withClip(text({})))).toStrictEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'avatar.face-covered',
        path: ['scenes', 0, 'clips', 1],
        clipId: 'textImage-t',
        sceneIndex: 0,
      }),
    ]);
  });
  it('is quiet for text beside the face or under the avatar', () => {
    expect(preflight(withClip(text({ left: 1100 })))).toStrictEqual([]);
    expect(preflight(withClip(text({ layer: 0 })))).toStrictEqual([]);
  });
});

describe('animation past the speech', () => {
  const shape = (animation: Record<string, unknown>) => ({
    id: 'shape-s',
    type: 'shape',
    shapeName: 'Star',
    fill: 'rgb(1,2,3)',
    left: 10,
    top: 10,
    width: 50,
    height: 50,
    layer: 2,
    animation: { type: 'fade-in', ...animation },
  });
  it('warns when delay + duration outlasts the estimated speech (the sample says 5 words ≈ 2 s)', () => {
    expect(preflight(withClip(shape({ delay: 2, duration: 1 })))).toStrictEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'animation.past-speech',
        path: ['scenes', 0, 'clips', 1, 'animation'],
        clipId: 'shape-s',
      }),
    ]);
  });
  it('is quiet when the animation ends within the speech', () => {
    expect(preflight(withClip(shape({ delay: 0, duration: 2 })))).toStrictEqual([]);
    expect(
      preflight(withClip(shape({ delay: 5, duration: 5 }), `<p>${'word '.repeat(30)}</p>`)),
    ).toStrictEqual([]);
  });
});
