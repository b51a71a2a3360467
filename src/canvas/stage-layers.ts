import type { StaticCanvas } from 'fabric';
import type { Box } from '../domain/geometry';
import type { Background } from '../domain/schema/request';
import { PaintedLayer } from './clip-object';
import type { ImageCache } from './image-cache';
import type { Guides } from './snap-controller';

/** Host colour outside the frame; the dim over clips outside the frame is the same, translucent. */
export const OUTSIDE_COLOUR = '#2a2e37';
const DIM = 'rgba(42,46,55,0.62)';
const GUIDE = '#ff00d4';
const FACE = '#ffd400';

export interface OverlayState {
  guides: Guides | null;
  faces: Box[];
  /** True while a thumbnail is drawn: no dim, guides or face boxes. */
  hidden: boolean;
}

/**
 * The non-document layers: the scene background under the clips (Fabric's backgroundImage slot)
 * and, over them, the dim outside the frame, the frame edge, snap guides and face guides
 * (the overlayImage slot, drawn below the selection controls).
 */
export function createStageLayers(
  canvas: StaticCanvas,
  stageSize: () => { width: number; height: number },
  images: ImageCache,
  onImageLoaded: () => void = () => undefined,
  /** Called on each stage frame once the clips are drawn, before the dim, guides and controls. */
  onClipsDrawn: (ctx: CanvasRenderingContext2D) => void = () => undefined,
) {
  let background: Background | null = null;
  const overlayState: OverlayState = { guides: null, faces: [], hidden: false };

  const under = new PaintedLayer({ selectable: false, evented: false, objectCaching: false });
  under.paint = (ctx) => {
    const { width, height } = stageSize();
    const url = background?.source_url ?? '';
    const useImage = background?.source_type !== 'color' && url !== '';
    const img = useImage ? images.peek(url) : undefined;
    ctx.fillStyle = useImage && img !== null ? '#ffffff' : background?.source_color || '#ffffff';
    ctx.fillRect(0, 0, width, height);
    if (img) {
      // Cover the frame without distortion (portrait scenes with landscape images).
      const s = Math.max(width / img.naturalWidth, height / img.naturalHeight);
      const w = img.naturalWidth * s;
      const h = img.naturalHeight * s;
      ctx.beginPath();
      ctx.rect(0, 0, width, height);
      ctx.clip();
      const device = ctx.getTransform().a;
      // A thumbnail draws at another scale: the stage's pre-scaled bitmap is kept for the stage.
      ctx.drawImage(
        overlayState.hidden ? img : prescaled(img, w * device, h * device),
        (width - w) / 2,
        (height - h) / 2,
        w,
        h,
      );
    }
  };

  // Scaling the full-size background on every frame is the costliest draw of a software-rendered
  // drag; a bitmap pre-scaled to the on-screen size is drawn about 1:1 instead.
  let bitmap: { img: HTMLImageElement; w: number; h: number; bmp: ImageBitmap } | null = null;
  let wanted = '';
  function prescaled(img: HTMLImageElement, dw: number, dh: number): CanvasImageSource {
    const w = Math.round(dw);
    const h = Math.round(dh);
    if (bitmap && bitmap.img === img && bitmap.w === w && bitmap.h === h) return bitmap.bmp;
    const key = `${img.src}|${w}|${h}`;
    if (
      wanted !== key &&
      w > 0 &&
      h > 0 &&
      w * h <= 16e6 &&
      typeof createImageBitmap === 'function'
    ) {
      wanted = key;
      createImageBitmap(img, { resizeWidth: w, resizeHeight: h, resizeQuality: 'high' }).then(
        (bmp) => {
          if (wanted !== key) return bmp.close();
          bitmap?.bmp.close();
          bitmap = { img, w, h, bmp };
          canvas.requestRenderAll();
        },
        () => undefined,
      );
    }
    return img;
  }

  const over = new PaintedLayer({ selectable: false, evented: false, objectCaching: false });
  over.paint = (ctx) => {
    if (overlayState.hidden) return;
    onClipsDrawn(ctx);
    const { width, height } = stageSize();
    const v = canvas.viewportTransform;
    const z = v[0];
    const x0 = -v[4] / z;
    const y0 = -v[5] / z;
    const x1 = (canvas.width - v[4]) / z;
    const y1 = (canvas.height - v[5]) / z;
    ctx.fillStyle = DIM;
    ctx.beginPath();
    ctx.rect(x0, y0, x1 - x0, y1 - y0);
    ctx.rect(0, 0, width, height);
    ctx.fill('evenodd');
    ctx.lineWidth = 1 / z;
    ctx.strokeStyle = 'rgba(255,255,255,0.55)';
    ctx.strokeRect(0, 0, width, height);
    if (overlayState.faces.length) {
      ctx.strokeStyle = FACE;
      ctx.lineWidth = 2 / z;
      ctx.setLineDash([6 / z, 4 / z]);
      for (const f of overlayState.faces) ctx.strokeRect(f.left, f.top, f.width, f.height);
      ctx.setLineDash([]);
    }
    const g = overlayState.guides;
    if (g) {
      ctx.strokeStyle = GUIDE;
      ctx.lineWidth = 1 / z;
      ctx.beginPath();
      for (const x of g.xs) {
        ctx.moveTo(x, y0);
        ctx.lineTo(x, y1);
      }
      for (const y of g.ys) {
        ctx.moveTo(x0, y);
        ctx.lineTo(x1, y);
      }
      ctx.stroke();
    }
  };

  canvas.backgroundVpt = true;
  canvas.overlayVpt = true;
  canvas.backgroundImage = under;
  canvas.overlayImage = over;

  return {
    overlay: overlayState,
    setBackground(next: Background) {
      if (next === background) return;
      background = next;
      const url = next.source_url ?? '';
      if (next.source_type !== 'color' && url && images.peek(url) === undefined)
        void images.load(url).then(() => {
          if (background !== next) return;
          onImageLoaded();
          canvas.requestRenderAll();
        });
      canvas.requestRenderAll();
    },
  };
}
