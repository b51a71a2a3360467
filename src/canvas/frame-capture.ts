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
  /** Where each copy of frames of `key` is also shown (see `showIn`). */
  let mirror: { canvas: HTMLCanvasElement; key: string } | null = null;
  const paintMirror = () => {
    if (!mirror) return;
    const { canvas } = mirror;
    const current = captured !== null && captured.key === mirror.key;
    if (current) {
      if (canvas.width !== small.width || canvas.height !== small.height)
        Object.assign(canvas, { width: small.width, height: small.height });
      const ctx = canvas.getContext('2d');
      if (ctx) {
        ctx.globalCompositeOperation = 'copy';
        ctx.drawImage(small, 0, 0);
      }
    }
    // Hidden while it has no copy of the current picture: what lies under it shows then.
    if (canvas.hidden === current) canvas.hidden = !current;
  };

  return {
    /** Called with the stage's context in frame coordinates (viewport transform applied), and
     * what the frame shows (a scene id), for `showIn`. */
    capture(
      ctx: CanvasRenderingContext2D,
      frame: { width: number; height: number },
      version: number,
      key: string | null = null,
    ) {
      if (captured?.version === version && captured.scale === scale) return;
      captured = null;
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
      captured = { version, scale, key };
      paintMirror();
    },
    /**
     * Shows each copy of the frames of `key` in `canvas` as well, drawn in the stage's own frame
     * (the scenes strip's card of the shown scene: it follows every edit without an encode, a
     * decode or a frame of its own). `canvas` is hidden while it holds no copy of the current
     * picture (another scene shown, the frame not wholly on the stage); null stops showing `key`.
     */
    showIn(canvas: HTMLCanvasElement | null, key: string) {
      if (canvas) mirror = { canvas, key };
      else if (mirror?.key === key) mirror = null; // a card leaving after the next one came
      paintMirror();
    },
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
