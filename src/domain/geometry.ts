/**
 * Stage geometry of clips, pure: the scene is a top-left-origin design space (1920×1080 landscape,
 * 1080×1920 portrait, see STAGE_SIZE); a clip's `width`/`height` are intrinsic and `scaleX/Y` make
 * the rendered size; `angle` is degrees clockwise about the clip's top-left corner (Fabric's origin).
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface StageSize {
  width: number;
  height: number;
}

/** The geometry fields of a clip; all optional so audio clips and partial imports are accepted. */
export interface Placed {
  left?: number;
  top?: number;
  width?: number;
  height?: number;
  scaleX?: number;
  scaleY?: number;
  angle?: number;
}

/** Rendered box (`left, top, |width·scaleX|, |height·scaleY|`): a negative scale flips the clip
 * within the same box, as the stage draws it. */
export function renderedBox(clip: Placed): Box {
  return {
    left: clip.left ?? 0,
    top: clip.top ?? 0,
    width: Math.abs((clip.width ?? 0) * (clip.scaleX ?? 1)),
    height: Math.abs((clip.height ?? 0) * (clip.scaleY ?? 1)),
  };
}

/** Axis-aligned bounds of `box` rotated by `angle` degrees clockwise about its top-left corner. */
export function rotatedBounds(box: Box, angle = 0): Box {
  const turn = ((angle % 360) + 360) % 360;
  if (turn === 0 || !Number.isFinite(turn)) return { ...box };
  const rad = (turn * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // y grows downwards, so this matrix turns clockwise on screen.
  const corners: [number, number][] = [
    [0, 0],
    [box.width, 0],
    [0, box.height],
    [box.width, box.height],
  ];
  const xs = corners.map(([x, y]) => box.left + x * cos - y * sin);
  const ys = corners.map(([x, y]) => box.top + x * sin + y * cos);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { left, top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

/**
 * The clip turned to `angle` about its centre, as a rotation handle turns it: `angle` alone would
 * turn it about its top-left corner and move it across the stage. Positions are rounded to 1e-6 px:
 * a quarter turn leaves no 1e-14 residue for the inspector to show.
 */
export function turnedInPlace(
  clip: Placed & { type?: string; stroke?: string; strokeWidth?: number },
  angle: number,
) {
  // The stage's box of a text holds its outline (text-object.ts); a negative scale is drawn as a
  // flip within the same box (Fabric's flipX/flipY).
  const outline =
    clip.type === 'textImage' && clip.stroke && (clip.strokeWidth ?? 0) > 0 ? clip.strokeWidth! : 0;
  const w = Math.abs(((clip.width ?? 0) + outline) * (clip.scaleX ?? 1));
  const h = Math.abs(((clip.height ?? 0) + outline) * (clip.scaleY ?? 1));
  /** Where the centre sits from the top-left corner at `degrees`. */
  const centreAt = (degrees: number) => {
    const rad = (degrees * Math.PI) / 180;
    const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
    return [(w / 2) * cos - (h / 2) * sin, (w / 2) * sin + (h / 2) * cos] as const;
  };
  const [x0, y0] = centreAt(clip.angle ?? 0);
  const [x1, y1] = centreAt(angle);
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { left: round((clip.left ?? 0) + x0 - x1), top: round((clip.top ?? 0) + y0 - y1), angle };
}

/** The box a clip covers on the stage, rotation included. */
export const clipBounds = (clip: Placed): Box => rotatedBounds(renderedBox(clip), clip.angle ?? 0);

/** True when the two boxes overlap with positive area (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/** True when `box` shows nothing inside the stage frame. */
export const isOutsideFrame = (box: Box, stage: StageSize): boolean =>
  !intersects(box, { left: 0, top: 0, width: stage.width, height: stage.height });

/** True when `inner` lies entirely inside `outer`. */
export const contains = (outer: Box, inner: Box): boolean =>
  inner.left >= outer.left &&
  inner.top >= outer.top &&
  inner.left + inner.width <= outer.left + outer.width &&
  inner.top + inner.height <= outer.top + outer.height;

interface HeadGeometry {
  headCenterX?: number;
  headCenterY?: number;
  headWidth?: number;
  headHeight?: number;
  modelTightX?: number;
  modelTightY?: number;
}

/** The parts of an aiModel clip the head box needs. */
export interface AvatarPlaced extends Placed {
  model: { editor?: HeadGeometry; editorValue?: HeadGeometry };
}

/**
 * The avatar's head on stage coordinates, from `model.editor` (else `model.editorValue`), whose
 * head box is in source-frame pixels: centre = left + (headCenterX − modelTightX)·scaleX, likewise
 * for y; size headWidth·scaleX × headHeight·scaleY. Undefined when that geometry is missing.
 */
export function avatarHeadBox(clip: AvatarPlaced): Box | undefined {
  const g = clip.model.editor ?? clip.model.editorValue;
  if (!g) return undefined;
  const {
    headCenterX: hx,
    headCenterY: hy,
    headWidth: hw,
    headHeight: hh,
    modelTightX: tx,
    modelTightY: ty,
  } = g;
  if (hx === undefined || hy === undefined || hw === undefined || hh === undefined)
    return undefined;
  if (tx === undefined || ty === undefined) return undefined;
  const sx = clip.scaleX ?? 1;
  const sy = clip.scaleY ?? 1;
  const cx = (clip.left ?? 0) + (hx - tx) * sx;
  const cy = (clip.top ?? 0) + (hy - ty) * sy;
  const width = Math.abs(hw * sx);
  const height = Math.abs(hh * sy);
  return { left: cx - width / 2, top: cy - height / 2, width, height };
}
