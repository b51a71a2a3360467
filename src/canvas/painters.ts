/**
 * Canvas painters for clip content, drawn in a w×h box whose top-left is (0, 0). Each clip object
 * holds one painter and swaps it when its image settles.
 */
import type { ShapeName } from '../domain/schema/common';
import { shapePath } from './shape-paths';

export type Painter = (ctx: CanvasRenderingContext2D, w: number, h: number) => void;

const pathCache = new Map<string, Path2D>();
function cachedPath(key: string, data: () => string): Path2D {
  let p = pathCache.get(key);
  if (!p) {
    if (pathCache.size > 2000) pathCache.clear();
    p = new Path2D(data());
    pathCache.set(key, p);
  }
  return p;
}

export const imagePainter =
  (img: HTMLImageElement): Painter =>
  (ctx, w, h) =>
    ctx.drawImage(img, 0, 0, w, h);

/**
 * A clip of a type Scenewright does not know (kept and sent back as it came): a dashed box named
 * with its type, so it can be seen, moved and deleted.
 */
export const opaquePainter =
  (type: string): Painter =>
  (ctx, w, h) => {
    ctx.save();
    ctx.fillStyle = 'rgba(255,255,255,0.55)';
    ctx.fillRect(0, 0, w, h);
    ctx.strokeStyle = '#3b2f8f';
    ctx.lineWidth = Math.max(4, Math.min(w, h) / 80);
    ctx.setLineDash([12, 8]);
    ctx.strokeRect(0, 0, w, h);
    const size = Math.max(12, Math.min(48, w / 12, h / 4));
    ctx.font = `600 ${size}px sans-serif`;
    ctx.fillStyle = '#3b2f8f';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(`${type} (kept as is)`, w / 2, h / 2, w * 0.9);
    ctx.restore();
  };

/** While an image loads: a quiet light box. */
export const loadingPainter: Painter = (ctx, w, h) => {
  ctx.fillStyle = 'rgba(200,204,210,0.55)';
  ctx.fillRect(0, 0, w, h);
};

/** A failed image: grey box with a red frame and a broken-picture mark (the reason is in Layers). */
export const brokenImagePainter: Painter = (ctx, w, h) => {
  ctx.fillStyle = '#9aa0a6';
  ctx.fillRect(0, 0, w, h);
  const frame = Math.max(2, Math.min(w, h) * 0.02);
  ctx.strokeStyle = '#d93025';
  ctx.lineWidth = frame;
  ctx.setLineDash([frame * 3, frame * 2]);
  ctx.strokeRect(frame / 2, frame / 2, w - frame, h - frame);
  ctx.setLineDash([]);
  const s = Math.max(12, Math.min(160, Math.min(w, h) * 0.3));
  ctx.save();
  // Near the top of tall boxes (an avatar runs far below the frame), else centred.
  const cy = Math.min(h / 2, w * 0.6);
  ctx.translate(w / 2 - s / 2, cy - s / 2);
  ctx.strokeStyle = '#f1f3f4';
  ctx.lineWidth = Math.max(1.5, s / 16);
  ctx.lineJoin = 'round';
  ctx.strokeRect(0, 0, s, s * 0.8);
  // mountain
  ctx.beginPath();
  ctx.moveTo(s * 0.1, s * 0.7);
  ctx.lineTo(s * 0.38, s * 0.38);
  ctx.lineTo(s * 0.58, s * 0.58);
  ctx.lineTo(s * 0.72, s * 0.45);
  ctx.lineTo(s * 0.9, s * 0.7);
  ctx.stroke();
  // crack through the frame
  ctx.strokeStyle = '#d93025';
  ctx.beginPath();
  ctx.moveTo(s * 0.55, -s * 0.05);
  ctx.lineTo(s * 0.45, s * 0.3);
  ctx.lineTo(s * 0.6, s * 0.5);
  ctx.lineTo(s * 0.48, s * 0.85);
  ctx.stroke();
  ctx.restore();
};

function playGlyph(ctx: CanvasRenderingContext2D, w: number, h: number, size: number) {
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.fillStyle = 'rgba(0,0,0,0.45)';
  ctx.beginPath();
  ctx.arc(0, 0, size / 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.moveTo(-size * 0.15, -size * 0.22);
  ctx.lineTo(size * 0.25, 0);
  ctx.lineTo(-size * 0.15, size * 0.22);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

const glyphSize = (w: number, h: number) => Math.max(16, Math.min(140, Math.min(w, h) * 0.3));

/** A video without a poster: a dark box with a play glyph. */
export const videoPainter: Painter = (ctx, w, h) => {
  ctx.fillStyle = '#1f2330';
  ctx.fillRect(0, 0, w, h);
  playGlyph(ctx, w, h, glyphSize(w, h));
};

/** A video's poster frame with a play glyph over it. */
export const posterPainter =
  (img: HTMLImageElement): Painter =>
  (ctx, w, h) => {
    ctx.drawImage(img, 0, 0, w, h);
    playGlyph(ctx, w, h, glyphSize(w, h));
  };

export interface ShapeStyle {
  name: ShapeName;
  fill: string;
  stroke?: string | undefined;
  strokeWidth?: number | undefined;
  radius?: number | undefined;
}

/** A shape with its stroke kept inside the box (so the box stays the clip's width×height). */
export const shapePainter = (style: ShapeStyle): Painter => {
  // The box it was last drawn in: a frame in which the shape kept its size (every frame of a
  // drag) builds no cache key, which was a string per shape per frame.
  let last: { iw: number; ih: number; r: number; path: Path2D } | null = null;
  return (ctx, w, h) => {
    const sw = style.stroke ? Math.max(0, style.strokeWidth ?? 0) : 0;
    const iw = Math.max(0.5, w - sw);
    const ih = Math.max(0.5, h - sw);
    const r = Math.max(0, style.radius ?? 0);
    if (!last || last.iw !== iw || last.ih !== ih || last.r !== r) {
      const path = cachedPath(`${style.name}|${iw}|${ih}|${r}`, () =>
        shapePath(style.name, iw, ih, r),
      );
      last = { iw, ih, r, path };
    }
    const { path } = last;
    // No save and restore (see ClipObject): the translation is undone by hand.
    ctx.translate(sw / 2, sw / 2);
    if (style.fill) {
      ctx.fillStyle = style.fill;
      ctx.fill(path);
    }
    if (sw > 0 && style.stroke) {
      ctx.strokeStyle = style.stroke;
      ctx.lineWidth = sw;
      ctx.lineJoin = 'round';
      ctx.stroke(path);
      ctx.lineJoin = 'miter'; // the default, which the next drawer may count on
    }
    ctx.translate(-sw / 2, -sw / 2);
  };
};
