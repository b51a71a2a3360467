import { describe, expect, it } from 'vitest';
import { validateRequest } from './preflight';
import { AVATAR_ID, clipAt, fixture } from '../testing/preflight-fixtures';
import type { IssuePath } from './parse';
import type { EditorProjectRequest } from './schema/request';

const only = (
  severity: string,
  code: string,
  path: IssuePath,
  field: string,
  clipId: string,
  sceneIndex = 0,
) => [
  {
    severity,
    code,
    path,
    sceneIndex,
    field,
    clipId,
    message: expect.stringMatching(/^Scene \d+: .+\.$/),
    params: expect.any(Object),
  },
];
const issuesOf = (request: EditorProjectRequest) => validateRequest(request).issues;
const at = (clip: number, ...rest: string[]): IssuePath => ['scenes', 0, 'clips', clip, ...rest];

describe('preflight: clip fields', () => {
  it('clip.duplicate-id: two clips with one id in a scene', () => {
    const r = fixture('image');
    clipAt(r, 'image').id = AVATAR_ID;
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'clip.duplicate-id', at(1, 'id'), 'id', AVATAR_ID),
    );
  });

  it('the same id in two scenes is allowed (the vendor tutorial does it)', () => {
    const r = fixture();
    r.scenes.push({ ...structuredClone(r.scenes[0]!), sceneIdx: 1 });
    expect(issuesOf(r).filter((i) => i.code === 'clip.duplicate-id')).toStrictEqual([]);
  });

  it('clip.layer-not-integer', () => {
    const r = fixture('image');
    clipAt(r, 'image').layer = 1.5;
    const id = clipAt(r, 'image').id;
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'clip.layer-not-integer', at(1, 'layer'), 'layer', id),
    );
  });

  it.each([0, 0.5, 101, -3])('clip.opacity-range: %d', (opacity) => {
    const r = fixture('shape');
    clipAt(r, 'shape').opacity = opacity;
    const id = clipAt(r, 'shape').id;
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'clip.opacity-range', at(1, 'opacity'), 'opacity', id),
    );
  });

  it('clip.opacity-range on the avatar', () => {
    const r = fixture();
    clipAt(r, 'aiModel', 0).opacity = 0;
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'clip.opacity-range', at(0, 'opacity'), 'opacity', AVATAR_ID),
    );
  });

  it.each(['videoImage', 'audio'] as const)('clip.volume-range: %s', (type) => {
    for (const volume of [0, 101, 0.5]) {
      const r = fixture(type);
      clipAt(r, type).volume = volume;
      const id = clipAt(r, type).id;
      expect(issuesOf(r)).toStrictEqual(
        only('error', 'clip.volume-range', at(1, 'volume'), 'volume', id),
      );
    }
  });

  it.each([0, -12])('text.font-size: %d', (fontSize) => {
    const r = fixture('textImage');
    clipAt(r, 'textImage').fontSize = fontSize;
    const id = clipAt(r, 'textImage').id;
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'text.font-size', at(1, 'fontSize'), 'fontSize', id),
    );
  });

  it('text.empty is a warning', () => {
    const r = fixture('textImage');
    clipAt(r, 'textImage').text = '  ';
    const id = clipAt(r, 'textImage').id;
    expect(issuesOf(r)).toStrictEqual(only('warning', 'text.empty', at(1, 'text'), 'text', id));
  });
});

describe('preflight: animation and shadow', () => {
  it.each([0, 31, 1.5])('animation.duration-range: %d', (duration) => {
    const r = fixture('image');
    clipAt(r, 'image').animation!.duration = duration;
    const id = clipAt(r, 'image').id;
    const path = at(1, 'animation', 'duration');
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'animation.duration-range', path, 'animation.duration', id),
    );
  });

  it.each([-1, 31, 0.5])('animation.delay-range: %d', (delay) => {
    const r = fixture('textImage');
    clipAt(r, 'textImage').animation!.delay = delay;
    const id = clipAt(r, 'textImage').id;
    const path = at(1, 'animation', 'delay');
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'animation.delay-range', path, 'animation.delay', id),
    );
  });

  it('accepts the range ends (duration 1 and 30, delay 0 and 30)', () => {
    for (const animation of [
      { duration: 1, delay: 0 },
      { duration: 30, delay: 30 },
    ]) {
      const r = fixture('shape');
      Object.assign(clipAt(r, 'shape').animation!, animation);
      // 60 s of animation outlasts the sample's speech: only that timing warning may remain.
      expect(issuesOf(r).filter((i) => i.code !== 'animation.past-speech')).toStrictEqual([]);
    }
  });

  it.each([-1, 11])('shadow.blur-range: %d on an enabled shadow', (blur) => {
    const r = fixture('shape');
    clipAt(r, 'shape').shadow!.blur = blur;
    const id = clipAt(r, 'shape').id;
    const path = at(1, 'shadow', 'blur');
    expect(issuesOf(r)).toStrictEqual(only('error', 'shadow.blur-range', path, 'shadow.blur', id));
  });

  it.each([
    ['offsetX', 0],
    ['offsetY', -5],
    ['offsetX', 10.5],
  ] as const)('shadow.offset-range: %s %d', (axis, value) => {
    const r = fixture('shape');
    clipAt(r, 'shape').shadow![axis] = value;
    const id = clipAt(r, 'shape').id;
    const path = at(1, 'shadow', axis);
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'shadow.offset-range', path, `shadow.${axis}`, id),
    );
  });

  it('does not check a disabled shadow', () => {
    const r = fixture('textImage');
    Object.assign(clipAt(r, 'textImage').shadow!, { enabled: false, blur: 50, offsetX: -20 });
    expect(issuesOf(r)).toStrictEqual([]);
  });

  it('checks a shadow without an enabled flag', () => {
    const r = fixture('textImage');
    clipAt(r, 'textImage').shadow = { blur: 12 };
    const id = clipAt(r, 'textImage').id;
    const path = at(1, 'shadow', 'blur');
    expect(issuesOf(r)).toStrictEqual(only('error', 'shadow.blur-range', path, 'shadow.blur', id));
  });
});
