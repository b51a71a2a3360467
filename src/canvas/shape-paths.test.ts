import { describe, expect, it } from 'vitest';
import { SHAPE_NAMES } from '../domain/schema/common';
import { polygonPath, shapePath } from './shape-paths';

/** Coordinates of an absolute-command path (M/L/Q/C/Z only), as [x, y] pairs. */
function points(d: string): [number, number][] {
  expect(d).toMatch(/^M [-\d. MLQCZ]+$/);
  const nums = d
    .replace(/[MLQCZ]/g, ' ')
    .trim()
    .split(/\s+/)
    .map(Number);
  expect(nums.length % 2).toBe(0);
  const out: [number, number][] = [];
  for (let i = 0; i < nums.length; i += 2) out.push([nums[i]!, nums[i + 1]!]);
  return out;
}

describe('shapePath', () => {
  for (const name of SHAPE_NAMES) {
    for (const [w, h, r] of [
      [300, 200, 0],
      [80, 240, 12],
      [1, 1, 0],
    ] as const) {
      it(`${name} in ${w}×${h} (radius ${r}) is a non-empty closed path inside its box`, () => {
        const d = shapePath(name, w, h, r);
        const pts = points(d);
        expect(pts.length).toBeGreaterThanOrEqual(3);
        expect(d.trim().endsWith('Z')).toBe(true);
        for (const [x, y] of pts) {
          expect(x).toBeGreaterThanOrEqual(-0.01);
          expect(y).toBeGreaterThanOrEqual(-0.01);
          expect(x).toBeLessThanOrEqual(w + 0.01);
          expect(y).toBeLessThanOrEqual(h + 0.01);
        }
        // It uses the box: touches both horizontal and both vertical sides.
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        expect(Math.min(...xs)).toBeLessThan(w * 0.05 + 0.01);
        expect(Math.max(...xs)).toBeGreaterThan(w * 0.95 - 0.01);
        expect(Math.min(...ys)).toBeLessThan(h * 0.05 + 0.01);
        expect(Math.max(...ys)).toBeGreaterThan(h * 0.95 - 0.01);
      });
    }
  }

  it('rounds polygon corners with quadratic curves, clamped to half an edge', () => {
    const d = polygonPath(
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
      100,
    );
    expect(d).toContain('Q');
    expect(d.startsWith('M 0 5')).toBe(true);
  });

  it('draws a sharp rectangle without a radius', () => {
    expect(shapePath('Rectangle_corner0', 10, 20)).toBe('M 0 0 L 10 0 L 10 20 L 0 20 Z');
  });
});
