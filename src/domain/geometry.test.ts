import { describe, expect, it } from 'vitest';
import {
  avatarHeadBox,
  clipBounds,
  contains,
  intersects,
  isOutsideFrame,
  renderedBox,
  rotatedBounds,
  turnedInPlace,
} from './geometry';
import { clipAt, fixture } from '../testing/preflight-fixtures';
import type { AvatarModel } from './schema/clips';
import { STAGE_SIZE } from './schema/common';

const close = (box: { left: number; top: number; width: number; height: number }) =>
  Object.fromEntries(Object.entries(box).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));

describe('geometry', () => {
  it('renderedBox scales the intrinsic size, scale defaulting to 1', () => {
    expect(renderedBox({ left: 10, top: 20, width: 100, height: 50 })).toEqual({
      left: 10,
      top: 20,
      width: 100,
      height: 50,
    });
    expect(
      renderedBox({ left: 10, top: 20, width: 100, height: 50, scaleX: 2, scaleY: 0.5 }),
    ).toEqual({
      left: 10,
      top: 20,
      width: 200,
      height: 25,
    });
    // A flip is drawn within the same box (the stage's flipX), not turned about its left edge.
    expect(renderedBox({ left: 10, top: 0, width: 100, height: 10, scaleX: -1 })).toEqual({
      left: 10,
      top: 0,
      width: 100,
      height: 10,
    });
  });

  it('the sample "full-bleed" videoImage: 1923.9 × 1082.2, short of the frame by < 1.3 px', () => {
    const box = renderedBox(clipAt(fixture('videoImage'), 'videoImage'));
    expect([box.width, box.height].map((v) => v.toFixed(1))).toEqual(['1923.9', '1082.2']);
    expect([box.left + box.width, box.top + box.height].map((v) => v.toFixed(1))).toEqual([
      '1919.3',
      '1078.7',
    ]);
    const grown = {
      left: box.left - 2,
      top: box.top - 2,
      width: box.width + 4,
      height: box.height + 4,
    };
    expect(contains(grown, { left: 0, top: 0, ...STAGE_SIZE.landscape })).toBe(true);
  });

  it('turnedInPlace keeps the centre of the rendered box at any angle, scaled or not', () => {
    const centre = (c: { left: number; top: number; angle: number }, w: number, h: number) => {
      const b = rotatedBounds({ left: c.left, top: c.top, width: w, height: h }, c.angle);
      return [b.left + b.width / 2, b.top + b.height / 2].map((n) => Math.round(n * 100) / 100);
    };
    const clip = { left: 390, top: 810, width: 150, height: 100, scaleX: 2, scaleY: 3, angle: 0 };
    expect(centre({ ...clip, angle: 0 }, 300, 300)).toEqual([540, 960]);
    let turned: { left: number; top: number; angle: number } = clip;
    for (const angle of [90, 180, 37, 359, 0]) {
      turned = turnedInPlace({ ...clip, ...turned }, angle);
      expect(turned.angle).toBe(angle);
      expect(centre(turned, 300, 300)).toEqual([540, 960]);
    }
    // Back at 0 it is where it started; a quarter turn leaves no floating-point residue.
    expect(turned.left).toBeCloseTo(390, 4);
    expect(turned.top).toBeCloseTo(810, 4);
    expect(turnedInPlace(clip, 90)).toEqual({ left: 690, top: 810, angle: 90 });
    // A text's box on the stage holds its outline: 300 + 8 wide, 100 + 8 high at scale 1.
    const text = { type: 'textImage', left: 0, top: 0, width: 300, height: 100, stroke: '#000' };
    expect(turnedInPlace({ ...text, strokeWidth: 8 }, 180)).toEqual({
      left: 308,
      top: 108,
      angle: 180,
    });
    // A flipped clip (a negative scale) turns about the same centre: the flip stays in its box.
    expect(turnedInPlace({ ...clip, scaleX: -2 }, 90)).toEqual({ left: 690, top: 810, angle: 90 });
    expect(turnedInPlace({ left: 10, top: 20, width: 0, height: 0 }, 90)).toEqual({
      left: 10,
      top: 20,
      angle: 90,
    });
  });

  it('rotatedBounds turns clockwise about the top-left corner', () => {
    const box = { left: 100, top: 100, width: 200, height: 50 };
    expect(rotatedBounds(box, 0)).toEqual(box);
    expect(close(rotatedBounds(box, 90))).toEqual({ left: 50, top: 100, width: 50, height: 200 });
    expect(close(rotatedBounds(box, 180))).toEqual({ left: -100, top: 50, width: 200, height: 50 });
    expect(close(rotatedBounds(box, -90))).toEqual({
      left: 100,
      top: -100,
      width: 50,
      height: 200,
    });
    expect(close(rotatedBounds(box, 450))).toEqual(close(rotatedBounds(box, 90)));
    const diag = rotatedBounds({ left: 0, top: 0, width: 100, height: 100 }, 45);
    expect(diag.width).toBeCloseTo(141.421, 2);
    expect(diag.left).toBeCloseTo(-70.711, 2);
  });

  it('clipBounds combines scale and angle', () => {
    expect(
      close(clipBounds({ left: 0, top: 0, width: 10, height: 20, scaleX: 2, angle: 90 })),
    ).toEqual({
      left: -20,
      top: 0,
      width: 20,
      height: 20,
    });
  });

  it('intersects needs a positive overlap; isOutsideFrame is its negation with the stage', () => {
    const a = { left: 0, top: 0, width: 10, height: 10 };
    expect(intersects(a, { left: 5, top: 5, width: 10, height: 10 })).toBe(true);
    expect(intersects(a, { left: 10, top: 0, width: 10, height: 10 })).toBe(false);
    expect(isOutsideFrame({ left: 1919, top: 0, width: 5, height: 5 }, STAGE_SIZE.landscape)).toBe(
      false,
    );
    expect(isOutsideFrame({ left: 1919, top: 0, width: 5, height: 5 }, STAGE_SIZE.portrait)).toBe(
      true,
    );
    expect(isOutsideFrame({ left: -5, top: -5, width: 5, height: 5 }, STAGE_SIZE.landscape)).toBe(
      true,
    );
  });

  it('avatarHeadBox of the sample: head centre ≈ (876, 269), 182 × 185', () => {
    const avatar = clipAt(fixture(), 'aiModel', 0);
    const head = avatarHeadBox(avatar)!;
    expect(head.left + head.width / 2).toBeCloseTo(876.249, 2);
    expect(head.top + head.height / 2).toBeCloseTo(268.575, 2);
    expect([head.width, head.height]).toEqual([182, 185]);
    const half = avatarHeadBox({ ...avatar, scaleX: 0.5, scaleY: 0.5 })!;
    expect(half.left + half.width / 2).toBeCloseTo(630.249 + 123, 2);
    expect([half.width, half.height]).toEqual([91, 92.5]);
  });

  it('avatarHeadBox falls back to editorValue and is undefined without geometry', () => {
    const avatar = clipAt(fixture(), 'aiModel', 0);
    const { editor: _editor, ...model } = avatar.model;
    expect(avatarHeadBox({ ...avatar, model })).toEqual(avatarHeadBox(avatar));
    const bare: AvatarModel = { ai_name: 'M', emotion: 'C' };
    const partial = { ...bare, editor: { headCenterX: 1, headCenterY: 1 } };
    expect(avatarHeadBox({ ...avatar, model: bare })).toBeUndefined();
    expect(avatarHeadBox({ ...avatar, model: partial })).toBeUndefined();
  });
});
