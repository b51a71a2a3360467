import { describe, expect, it } from 'vitest';
import {
  avatarHeadBox,
  clipBounds,
  contains,
  intersects,
  isOutsideFrame,
  renderedBox,
  rotatedBounds,
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
    expect(renderedBox({ left: 10, top: 0, width: 100, height: 10, scaleX: -1 })).toEqual({
      left: -90,
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
