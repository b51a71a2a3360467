/**
 * SVG path data for the 17 documented shape names, drawn in a `width`×`height` box with its
 * top-left at (0, 0). Pure, so it is tested in node; the stage draws it with Path2D.
 * The exact outlines AI Studios renders are not published; these follow the names.
 */
import type { ShapeName } from '../domain/schema/common';

type Pt = readonly [number, number];

const n = (v: number) => String(Math.round(v * 100) / 100);
const at = (p: Pt) => `${n(p[0])} ${n(p[1])}`;

/** A closed polygon; with `radius` > 0 its corners are rounded (clamped to half of each edge). */
export function polygonPath(points: readonly Pt[], radius = 0): string {
  if (radius <= 0) return `M ${points.map(at).join(' L ')} Z`;
  const parts: string[] = [];
  const count = points.length;
  points.forEach((p, i) => {
    const prev = points[(i - 1 + count) % count] as Pt;
    const next = points[(i + 1) % count] as Pt;
    const toward = (q: Pt): Pt => {
      const dx = q[0] - p[0];
      const dy = q[1] - p[1];
      const len = Math.hypot(dx, dy) || 1;
      const r = Math.min(radius, len / 2);
      return [p[0] + (dx / len) * r, p[1] + (dy / len) * r];
    };
    const a = toward(prev);
    const b = toward(next);
    parts.push(`${i === 0 ? 'M' : 'L'} ${at(a)} Q ${at(p)} ${at(b)}`);
  });
  return `${parts.join(' ')} Z`;
}

/** An ellipse filling the box, as four cubic Béziers (control points stay inside the box). */
export function ellipsePath(w: number, h: number): string {
  const k = 0.5522847498;
  const rx = w / 2;
  const ry = h / 2;
  const c = (x: number, y: number): Pt => [x, y];
  return [
    `M ${at(c(rx, 0))}`,
    `C ${at(c(rx + rx * k, 0))} ${at(c(w, ry - ry * k))} ${at(c(w, ry))}`,
    `C ${at(c(w, ry + ry * k))} ${at(c(rx + rx * k, h))} ${at(c(rx, h))}`,
    `C ${at(c(rx - rx * k, h))} ${at(c(0, ry + ry * k))} ${at(c(0, ry))}`,
    `C ${at(c(0, ry - ry * k))} ${at(c(rx - rx * k, 0))} ${at(c(rx, 0))}`,
    'Z',
  ].join(' ');
}

/** Points of a regular star or polygon, stretched to fill the box exactly. */
function radialPoints(w: number, h: number, corners: number, inner?: number): Pt[] {
  const raw: Pt[] = [];
  const steps = inner === undefined ? corners : corners * 2;
  for (let i = 0; i < steps; i++) {
    const r = inner !== undefined && i % 2 === 1 ? inner : 1;
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / steps;
    raw.push([Math.cos(a) * r, Math.sin(a) * r]);
  }
  const xs = raw.map((p) => p[0]);
  const ys = raw.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return raw.map(([x, y]) => [((x - x0) / (x1 - x0)) * w, ((y - y0) / (y1 - y0)) * h]);
}

const scaled = (w: number, h: number, pts: readonly Pt[]): Pt[] =>
  pts.map(([x, y]) => [x * w, y * h]);

/** Path data for `name` in a w×h box; `radius` rounds corners of the polygonal shapes. */
export function shapePath(name: ShapeName, w: number, h: number, radius = 0): string {
  const poly = (pts: readonly Pt[]) => polygonPath(scaled(w, h, pts), radius);
  const head = Math.min(0.45, (h / Math.max(w, 1e-6)) * 0.8);
  switch (name) {
    case 'Line_v2':
      // A line is a bar as thick as its box is tall.
      return polygonPath(
        scaled(w, h, [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      );
    case 'Arrow_1_v2':
      return poly([
        [0, 0.3],
        [1 - head, 0.3],
        [1 - head, 0],
        [1, 0.5],
        [1 - head, 1],
        [1 - head, 0.7],
        [0, 0.7],
      ]);
    case 'Arrow_2_v2': {
      const hd = Math.min(head, 0.3);
      return poly([
        [0, 0.5],
        [hd, 0],
        [hd, 0.3],
        [1 - hd, 0.3],
        [1 - hd, 0],
        [1, 0.5],
        [1 - hd, 1],
        [1 - hd, 0.7],
        [hd, 0.7],
        [hd, 1],
      ]);
    }
    case 'Circle':
    case 'Oval_1':
      return ellipsePath(w, h);
    case 'Oval_2':
      // A stadium: a rectangle whose short sides are half circles.
      return polygonPath(
        scaled(w, h, [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
        Math.min(w, h) / 2,
      );
    case 'Triangle':
      return poly([
        [0.5, 0],
        [1, 1],
        [0, 1],
      ]);
    case 'Square':
    case 'Rectangle_corner0':
      return poly([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]);
    case 'Parallelogram':
      return poly([
        [0.25, 0],
        [1, 0],
        [0.75, 1],
        [0, 1],
      ]);
    case 'Drop_1': {
      const p = (x: number, y: number) => at([x * w, y * h]);
      return [
        `M ${p(0.5, 0)}`,
        `C ${p(0.5, 0)} ${p(1, 0.45)} ${p(1, 0.68)}`,
        `C ${p(1, 0.86)} ${p(0.78, 1)} ${p(0.5, 1)}`,
        `C ${p(0.22, 1)} ${p(0, 0.86)} ${p(0, 0.68)}`,
        `C ${p(0, 0.45)} ${p(0.5, 0)} ${p(0.5, 0)}`,
        'Z',
      ].join(' ');
    }
    case 'Polygon':
      return polygonPath(radialPoints(w, h, 8), radius);
    case 'Pentagon':
      return polygonPath(radialPoints(w, h, 5), radius);
    case 'Hexagon_1':
      return poly([
        [0.25, 0],
        [0.75, 0],
        [1, 0.5],
        [0.75, 1],
        [0.25, 1],
        [0, 0.5],
      ]);
    case 'Hexagon_2':
      return poly([
        [0.5, 0],
        [1, 0.25],
        [1, 0.75],
        [0.5, 1],
        [0, 0.75],
        [0, 0.25],
      ]);
    case 'Diamond':
      return poly([
        [0.5, 0],
        [1, 0.5],
        [0.5, 1],
        [0, 0.5],
      ]);
    case 'Star':
      return polygonPath(radialPoints(w, h, 5, 0.382), radius);
  }
}
