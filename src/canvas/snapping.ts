/**
 * Snapping math, pure. At drag start the stage collects candidate lines (stage edges and centre,
 * other clips' edges and centres) once; each pointer move then costs O(log n).
 */
import type { Box } from '../domain/geometry';

export interface SnapTargets {
  /** Vertical lines (x values), sorted ascending, no duplicates. */
  xs: number[];
  /** Horizontal lines (y values), sorted ascending, no duplicates. */
  ys: number[];
}

export interface SnapResult {
  dx: number;
  dy: number;
  /** Lines to draw: x of vertical guides, y of horizontal guides. */
  guides: { xs: number[]; ys: number[] };
}

const uniqueSorted = (values: number[]): number[] => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
};

/** Candidate lines from the stage frame and the boxes of clips that do not move. */
export function buildSnapTargets(
  stage: { width: number; height: number },
  others: readonly Box[],
): SnapTargets {
  const xs = [0, stage.width / 2, stage.width];
  const ys = [0, stage.height / 2, stage.height];
  for (const b of others) {
    xs.push(b.left, b.left + b.width / 2, b.left + b.width);
    ys.push(b.top, b.top + b.height / 2, b.top + b.height);
  }
  return { xs: uniqueSorted(xs), ys: uniqueSorted(ys) };
}

/** The sorted value nearest to `v` (binary search), or undefined for an empty list. */
export function nearest(sorted: readonly number[], v: number): number | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  const above = sorted[lo] as number;
  const below = lo > 0 ? (sorted[lo - 1] as number) : above;
  return Math.abs(below - v) <= Math.abs(above - v) ? below : above;
}

/** Best shift (smallest |delta| within `threshold`) bringing one of `edges` onto a line. */
function snapAxis(edges: readonly number[], lines: readonly number[], threshold: number) {
  let best: number | null = null;
  for (const edge of edges) {
    const line = nearest(lines, edge);
    if (line === undefined) continue;
    const delta = line - edge;
    if (Math.abs(delta) <= threshold && (best === null || Math.abs(delta) < Math.abs(best)))
      best = delta;
  }
  if (best === null) return { delta: 0, lines: [] as number[] };
  const shift = best;
  // Every edge that lands on a line after the shift gets a guide (e.g. left and centre at once).
  const hit = edges
    .map((e) => e + shift)
    .filter((e) => {
      const line = nearest(lines, e);
      return line !== undefined && Math.abs(line - e) < 1e-6;
    });
  return { delta: shift, lines: uniqueSorted(hit) };
}

/**
 * Snaps a moving axis-aligned box: its left/centre/right to vertical lines and top/middle/bottom
 * to horizontal ones, each axis independently, when within `threshold` (design px).
 */
export function snapBox(box: Box, targets: SnapTargets, threshold: number): SnapResult {
  const x = snapAxis(
    [box.left, box.left + box.width / 2, box.left + box.width],
    targets.xs,
    threshold,
  );
  const y = snapAxis(
    [box.top, box.top + box.height / 2, box.top + box.height],
    targets.ys,
    threshold,
  );
  return { dx: x.delta, dy: y.delta, guides: { xs: x.lines, ys: y.lines } };
}
