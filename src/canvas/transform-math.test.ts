import { describe, expect, it } from 'vitest';
import {
  applyToPoint,
  clipTransformOf,
  composeMatrix,
  decompose,
  multiply,
  nearestTurn,
} from './transform-math';
import { opacityToFabric, ptToPx, pxToPt, tidy, webFontFor } from './units';

describe('units', () => {
  it('converts pt ↔ px at 3:4', () => {
    expect(ptToPx(36)).toBe(48);
    expect(pxToPt(48)).toBe(36);
    expect(pxToPt(ptToPx(17))).toBeCloseTo(17, 10);
  });
  it('maps opacity 1–100 to 0–1', () => {
    expect(opacityToFabric(100)).toBe(1);
    expect(opacityToFabric(50)).toBe(0.5);
    expect(opacityToFabric(undefined)).toBe(1);
  });
  it('maps Noto Sans CJK to the loaded web font', () => {
    expect(webFontFor('Noto Sans CJK')).toBe('Noto Sans KR');
    expect(webFontFor(undefined)).toBe('Noto Sans KR');
    expect(webFontFor('Roboto')).toBe('Roboto');
  });
  it('tidies float noise', () => {
    expect(tidy(830.2493927359487)).toBe(830.2494);
    expect(tidy(-0.00001)).toBe(0);
  });
});

describe('transform math', () => {
  it('decomposes what it composes', () => {
    const m = composeMatrix({ centerX: 10, centerY: 20, scaleX: 2, scaleY: 3, angle: 30 });
    const d = decompose(m);
    expect(d.angle).toBeCloseTo(30, 9);
    expect(d.scaleX).toBeCloseTo(2, 9);
    expect(d.scaleY).toBeCloseTo(3, 9);
    expect(d.skewX).toBeCloseTo(0, 9);
    expect([d.translateX, d.translateY]).toEqual([10, 20]);
  });

  it('reads the top-left of an unrotated object from its centre matrix', () => {
    // A 100×50 box at scale 2 whose centre is (200, 150): top-left (100, 100).
    const m = composeMatrix({ centerX: 200, centerY: 150, scaleX: 2, scaleY: 2, angle: 0 });
    const t = clipTransformOf(m, 100, 50);
    expect(t.left).toBeCloseTo(100, 9);
    expect(t.top).toBeCloseTo(100, 9);
    expect(t.scaleX).toBeCloseTo(2, 9);
  });

  it('keeps the rotated top-left corner where the matrix puts it', () => {
    const m = composeMatrix({ centerX: 300, centerY: 300, scaleX: 1, scaleY: 1, angle: 90 });
    const t = clipTransformOf(m, 100, 40);
    const corner = applyToPoint(m, -50, -20);
    expect(t.left).toBeCloseTo(corner.x, 9);
    expect(t.top).toBeCloseTo(corner.y, 9);
    expect(t.angle).toBeCloseTo(90, 9);
  });

  it('turns group-relative coordinates of a multi-selection member into absolute ones', () => {
    // Selection centred at (500, 400); the member sits 100 px left of that centre.
    const group = composeMatrix({ centerX: 500, centerY: 400, scaleX: 1, scaleY: 1, angle: 0 });
    const own = composeMatrix({ centerX: -100, centerY: 0, scaleX: 1, scaleY: 1, angle: 0 });
    const t = clipTransformOf(multiply(group, own), 60, 20);
    expect(t.left).toBeCloseTo(370, 9); // centre x 400 − 30
    expect(t.top).toBeCloseTo(390, 9); // centre y 400 − 10
  });

  it('carries the selection scale and rotation onto its members', () => {
    const group = composeMatrix({ centerX: 0, centerY: 0, scaleX: 2, scaleY: 2, angle: 90 });
    const own = composeMatrix({ centerX: 10, centerY: 0, scaleX: 1, scaleY: 1, angle: 0 });
    const t = clipTransformOf(multiply(group, own), 10, 10);
    // centre goes to (0, 20); a 20×20 box turned 90° has its top-left corner at (10, 10).
    expect(t.scaleX).toBeCloseTo(2, 9);
    expect(t.scaleY).toBeCloseTo(2, 9);
    expect(t.angle).toBeCloseTo(90, 9);
    expect(t.left).toBeCloseTo(10, 9);
    expect(t.top).toBeCloseTo(10, 9);
  });

  it('reports the angle nearest the clip’s previous turn', () => {
    expect(nearestTurn(-30, 330)).toBe(330);
    expect(nearestTurn(30.0000000001, 30)).toBe(30);
    expect(nearestTurn(10, -350)).toBe(-350);
  });
});
