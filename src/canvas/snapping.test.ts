import { describe, expect, it } from 'vitest';
import { buildSnapTargets, nearest, snapBox } from './snapping';

const stage = { width: 1920, height: 1080 };

describe('snapping', () => {
  it('collects stage edges, centre lines and other boxes, sorted and unique', () => {
    const t = buildSnapTargets(stage, [{ left: 100, top: 50, width: 200, height: 100 }]);
    expect(t.xs).toEqual([0, 100, 200, 300, 960, 1920]);
    expect(t.ys).toEqual([0, 50, 100, 150, 540, 1080]);
  });

  it('finds the nearest line by binary search', () => {
    const xs = [0, 10, 20, 960];
    expect(nearest(xs, 14)).toBe(10);
    expect(nearest(xs, 16)).toBe(20);
    expect(nearest(xs, -5)).toBe(0);
    expect(nearest(xs, 5000)).toBe(960);
    expect(nearest([], 3)).toBeUndefined();
  });

  it('snaps the centre to the stage centre within the threshold and returns guides', () => {
    const t = buildSnapTargets(stage, []);
    const r = snapBox({ left: 857, top: 300, width: 200, height: 100 }, t, 6);
    expect(r.dx).toBe(3); // centre 957 → 960
    expect(r.dy).toBe(0);
    expect(r.guides.xs).toEqual([960]);
    expect(r.guides.ys).toEqual([]);
  });

  it('snaps edges to other clips, each axis on its own, picking the smallest shift', () => {
    const t = buildSnapTargets(stage, [{ left: 500, top: 500, width: 100, height: 100 }]);
    // right edge 496 → 500 (4), left edge 396 is far; top 603 → 600 (−3)
    const r = snapBox({ left: 396, top: 603, width: 100, height: 50 }, t, 6);
    expect(r.dx).toBe(4);
    expect(r.dy).toBe(-3);
    expect(r.guides.xs).toEqual([500]);
    expect(r.guides.ys).toEqual([600]);
  });

  it('leaves a box alone outside the threshold', () => {
    const t = buildSnapTargets(stage, []);
    const r = snapBox({ left: 100, top: 100, width: 50, height: 50 }, t, 6);
    expect(r).toEqual({ dx: 0, dy: 0, guides: { xs: [], ys: [] } });
  });

  it('draws a guide for every edge that lands on a line', () => {
    const t = buildSnapTargets(stage, []);
    // a box exactly as wide as the stage: left, centre and right all land
    const r = snapBox({ left: 2, top: 200, width: 1920, height: 10 }, t, 6);
    expect(r.dx).toBe(-2);
    expect(r.guides.xs).toEqual([0, 960, 1920]);
  });
});
