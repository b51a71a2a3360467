/**
 * 2D affine math for reading a stage object's document transform. Pure.
 * Matrices are Canvas-2D order [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f.
 */
export type Matrix = readonly [number, number, number, number, number, number];

/** `outer ∘ inner`: apply `inner` first, then `outer` (e.g. group matrix × object matrix). */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [A, B, C, D, E, F] = inner;
  return [
    a * A + c * B,
    b * A + d * B,
    a * C + c * D,
    b * C + d * D,
    a * E + c * F + e,
    b * E + d * F + f,
  ];
}

export const applyToPoint = (m: Matrix, x: number, y: number) => ({
  x: m[0] * x + m[2] * y + m[4],
  y: m[1] * x + m[3] * y + m[5],
});

/** Object matrix (about its centre) from centre position, scale and angle in degrees. */
export function composeMatrix(t: {
  centerX: number;
  centerY: number;
  scaleX: number;
  scaleY: number;
  angle: number;
}): Matrix {
  const rad = (t.angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  return [cos * t.scaleX, sin * t.scaleX, -sin * t.scaleY, cos * t.scaleY, t.centerX, t.centerY];
}

export interface Decomposed {
  angle: number;
  scaleX: number;
  scaleY: number;
  skewX: number;
  translateX: number;
  translateY: number;
}

/** QR decomposition (the same as Fabric's `qrDecompose`): rotation, scale, skew, translation. */
export function decompose(m: Matrix): Decomposed {
  const [a, b, c, d, e, f] = m;
  const angle = Math.atan2(b, a);
  const denom = a * a + b * b;
  const scaleX = Math.sqrt(denom);
  const scaleY = denom === 0 ? 0 : (a * d - c * b) / scaleX;
  const skewX = denom === 0 ? 0 : Math.atan2(a * c + b * d, denom);
  return {
    angle: (angle * 180) / Math.PI,
    scaleX,
    scaleY,
    skewX: (skewX * 180) / Math.PI,
    translateX: e,
    translateY: f,
  };
}

export interface ClipTransform {
  left: number;
  top: number;
  scaleX: number;
  scaleY: number;
  angle: number;
}

/**
 * The document transform (top-left origin) of an object whose centre-based matrix on the stage is
 * `m` and whose unscaled box is `width`×`height`. For an object inside a multi-selection pass
 * `multiply(groupMatrix, ownMatrix)`: Fabric reports group-relative left/top there.
 */
export function clipTransformOf(
  m: Matrix,
  width: number,
  height: number,
  /** The clip's angle before the gesture: the result is the equal turn nearest to it. */
  nearAngle = 0,
): ClipTransform {
  const { angle, scaleX, scaleY, translateX, translateY } = decompose(m);
  const rad = (angle * Math.PI) / 180;
  const hw = (width * scaleX) / 2;
  const hh = (height * scaleY) / 2;
  // top-left = centre − R(angle)·(w/2, h/2)
  const left = translateX - (hw * Math.cos(rad) - hh * Math.sin(rad));
  const top = translateY - (hw * Math.sin(rad) + hh * Math.cos(rad));
  return { left, top, scaleX, scaleY, angle: nearestTurn(angle, nearAngle) };
}

/** `angle` + k·360 closest to `near`; equal to `near` when they differ only by float noise. */
export function nearestTurn(angle: number, near: number): number {
  const k = Math.round((near - angle) / 360);
  const turned = angle + k * 360;
  return Math.abs(turned - near) < 1e-7 ? near : turned;
}
