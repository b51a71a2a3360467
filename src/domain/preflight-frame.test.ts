import { describe, expect, it } from 'vitest';
import { validateRequest } from './preflight';
import { AVATAR_ID, clipAt, fixture } from '../testing/preflight-fixtures';
import type { EditorProjectRequest } from './schema/request';

const issuesOf = (request: EditorProjectRequest) => validateRequest(request).issues;
const warning = (code: string, clipIndex: number, clipId: string) => [
  {
    severity: 'warning',
    code,
    path: ['scenes', 0, 'clips', clipIndex],
    sceneIndex: 0,
    clipId,
    message: expect.stringMatching(/^Scene 1: .+\.$/),
    params: expect.any(Object),
  },
];

describe('preflight: placement in the frame', () => {
  it.each([{ left: 1920 }, { left: -400 }, { top: 1080 }, { top: -600 }])(
    'clip.outside-frame: image at %o',
    (place) => {
      const r = fixture('image');
      Object.assign(clipAt(r, 'image'), place);
      const id = clipAt(r, 'image').id;
      expect(issuesOf(r)).toStrictEqual(warning('clip.outside-frame', 1, id));
    },
  );

  it('uses the rendered (scaled) size', () => {
    const r = fixture('image');
    // 2333 × 0.14945 ≈ 349 px wide: at left -340 a 9 px strip is still visible...
    Object.assign(clipAt(r, 'image'), { left: -340 });
    expect(issuesOf(r)).toStrictEqual([]);
    // ...and at scale 0.1 (233 px) nothing is.
    Object.assign(clipAt(r, 'image'), { scaleX: 0.1 });
    expect(issuesOf(r)).toStrictEqual(warning('clip.outside-frame', 1, clipAt(r, 'image').id));
  });

  it('uses the rotated bounds about the top-left corner', () => {
    const r = fixture('shape');
    const shape = clipAt(r, 'shape');
    // 40×300 just right of the frame; turned 90° clockwise it swings back into it.
    Object.assign(shape, { left: 1950, top: 500, width: 40, height: 300, angle: 90 });
    expect(issuesOf(r)).toStrictEqual([]);
    // At the left edge, turned 180° it lies entirely left of the frame.
    Object.assign(shape, { left: 0, top: 500, width: 300, height: 40, angle: 180 });
    expect(issuesOf(r)).toStrictEqual(warning('clip.outside-frame', 1, shape.id));
  });

  it('uses the portrait frame (1080 wide)', () => {
    const r = fixture('textImage');
    Object.assign(clipAt(r, 'textImage'), { left: 1100 });
    expect(issuesOf(r)).toStrictEqual([]);
    r.orientation = 'portrait';
    expect(issuesOf(r)).toStrictEqual(warning('clip.outside-frame', 1, clipAt(r, 'textImage').id));
  });

  it('clip.outside-frame: a visible avatar off the stage', () => {
    const r = fixture();
    clipAt(r, 'aiModel', 0).left = 2500;
    expect(issuesOf(r)).toStrictEqual(warning('clip.outside-frame', 0, AVATAR_ID));
  });

  it('ignores audio and hidden avatars', () => {
    const r = fixture('audio');
    Object.assign(clipAt(r, 'audio'), { left: 5000, top: 5000, width: 10, height: 10 });
    Object.assign(clipAt(r, 'aiModel', 0), { left: 5000, isDelete: true });
    expect(issuesOf(r)).toStrictEqual([]);
  });

  it('avatar.head-outside-frame: the head is cut by the top edge', () => {
    const r = fixture();
    clipAt(r, 'aiModel', 0).top = -100;
    expect(issuesOf(r)).toStrictEqual(warning('avatar.head-outside-frame', 0, AVATAR_ID));
  });
});
