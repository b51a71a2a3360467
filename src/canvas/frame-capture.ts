import { createCardMirror } from './card-mirror';

/** Thumbnails are opaque (the frame's background fills it): JPEG encodes in half PNG's time, in a
 * third of its size. */
export const THUMBNAIL_JPEG_QUALITY = 0.85;

/**
 * Keeps a small copy of the frame as the stage last drew it, so a thumbnail costs a downscale of
 * pixels already drawn instead of a second render of every clip. The copy is taken while the
 * overlay paints: the clips and background are drawn; the dim, guides and selection controls
 * (Fabric draws those after the overlay: `controlsAboveOverlay`) not yet. A frame not wholly on
 * the stage, or shown smaller than the thumbnail, keeps no copy: the thumbnail is drawn in full.
 */
export function createFrameCapture() {
  let scale = 0.1;
  let captured: { version: number; scale: number; key: string | null } | null = null;
  /** Once the stage has drawn an image without CORS, no copy of it can be read: stop copying. */
  let tainted = false;
  const small = document.createElement('canvas');
  /** What the last frame offered to copy showed (a scene id). */
  let offered: string | null = null;
  const mirror = createCardMirror();
  /** The card is shown the copy of the current picture, or learns that there is none. */
  const paintMirror = () => mirror.show(captured && small, captured ? captured.key : offered);

  return {
    /** Called with the stage's context in frame coordinates (viewport transform applied), and
     * what the frame shows (a scene id), for `showIn`. */
    capture(
      ctx: CanvasRenderingContext2D,
      frame: { width: number; height: number },
      version: number,
      shows: string | null = null,
    ) {
      if (captured?.version === version && captured.scale === scale) return;
      captured = null;
      offered = shows;
      if (tainted) return paintMirror();
      const t = ctx.getTransform();
      const source = ctx.canvas;
      // Inside the frame by about half a thumbnail pixel's worth of stage pixels: the scaling
      // filter reads that far past its edge, and there it would find the host colour or a clip
      // overflowing the frame (not yet dimmed).
      const inset = Math.ceil(t.a / scale / 2);
      const x0 = Math.ceil(t.e) + inset;
      const y0 = Math.ceil(t.f) + inset;
      const x1 = Math.floor(t.e + frame.width * t.a) - inset;
      const y1 = Math.floor(t.f + frame.height * t.d) - inset;
      const onStage = t.b === 0 && t.c === 0 && x0 >= 0 && y0 >= 0;
      if (!onStage || x1 > source.width || y1 > source.height || t.a < scale) return paintMirror();
      const w = Math.max(1, Math.round(frame.width * scale));
      const h = Math.max(1, Math.round(frame.height * scale));
      if (small.width !== w || small.height !== h) Object.assign(small, { width: w, height: h });
      const out = small.getContext('2d');
      if (!out) return paintMirror();
      out.globalCompositeOperation = 'copy';
      out.imageSmoothingQuality = 'high';
      out.drawImage(source, x0, y0, x1 - x0, y1 - y0, 0, 0, w, h);
      captured = { version, scale, key: shows };
      paintMirror();
    },
    /** Shows each copy of the frames of `key` in `canvas` as well (card-mirror.ts). */
    showIn(canvas: HTMLCanvasElement | null, key: string) {
      mirror.showIn(canvas, key);
      paintMirror();
    },
    /** A picture of `key` drawn in full at thumbnail scale, for the card when no copy exists. */
    showDrawn: (picture: HTMLCanvasElement, key: string | null) => mirror.show(picture, key),
    /** The copy as a JPEG data URL when it shows `version` at `wanted` scale; otherwise null. */
    take(wanted: number, version: number): string | null {
      if (captured?.version !== version || captured.scale !== wanted) {
        scale = wanted; // the next frame keeps a copy at this scale
        return null;
      }
      try {
        return small.toDataURL('image/jpeg', THUMBNAIL_JPEG_QUALITY);
      } catch {
        tainted = true;
        captured = null;
        return null;
      }
    },
  };
}
