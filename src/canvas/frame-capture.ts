/**
 * Keeps a small copy of the frame as the stage last drew it, so a thumbnail costs a downscale of
 * pixels already drawn instead of a second render of every clip. The copy is taken while the
 * overlay paints: the clips and background are drawn; the dim, guides and selection controls
 * (Fabric draws those after the overlay: `controlsAboveOverlay`) not yet. A frame not wholly on
 * the stage, or shown smaller than the thumbnail, keeps no copy: the thumbnail is drawn in full.
 */
export function createFrameCapture() {
  let scale = 0.1;
  let captured: { version: number; scale: number } | null = null;
  /** Once the stage has drawn an image without CORS, no copy of it can be read: stop copying. */
  let tainted = false;
  const crop = document.createElement('canvas');
  const small = document.createElement('canvas');

  const sized = (canvas: HTMLCanvasElement, width: number, height: number) => {
    if (canvas.width !== width || canvas.height !== height)
      Object.assign(canvas, { width, height });
    return canvas.getContext('2d');
  };

  return {
    /** Called with the stage's context in frame coordinates (viewport transform applied). */
    capture(
      ctx: CanvasRenderingContext2D,
      frame: { width: number; height: number },
      version: number,
    ) {
      if (tainted || (captured?.version === version && captured.scale === scale)) return;
      captured = null;
      const t = ctx.getTransform();
      const source = ctx.canvas;
      // Whole device pixels inside the frame: a filter reading past the edge would bring in the
      // host colour or a clip overflowing the frame (not yet dimmed).
      const x0 = Math.ceil(t.e);
      const y0 = Math.ceil(t.f);
      const x1 = Math.floor(t.e + frame.width * t.a);
      const y1 = Math.floor(t.f + frame.height * t.d);
      const onStage = t.b === 0 && t.c === 0 && x0 >= 0 && y0 >= 0;
      if (!onStage || x1 > source.width || y1 > source.height || t.a < scale) return;
      const w = Math.max(1, Math.round(frame.width * scale));
      const h = Math.max(1, Math.round(frame.height * scale));
      // Cropped 1:1 first (a copy, no filtering), then scaled down as a whole.
      const cropped = sized(crop, x1 - x0, y1 - y0);
      const out = sized(small, w, h);
      if (!cropped || !out) return;
      cropped.globalCompositeOperation = 'copy';
      cropped.drawImage(source, x0, y0, x1 - x0, y1 - y0, 0, 0, x1 - x0, y1 - y0);
      out.globalCompositeOperation = 'copy';
      out.imageSmoothingQuality = 'high';
      out.drawImage(crop, 0, 0, w, h);
      crop.width = 0; // not kept: a retina stage's frame is megabytes
      captured = { version, scale };
    },
    /** The copy as a PNG data URL when it shows `version` at `wanted` scale; otherwise null. */
    take(wanted: number, version: number): string | null {
      if (captured?.version !== version || captured.scale !== wanted) {
        scale = wanted; // the next frame keeps a copy at this scale
        return null;
      }
      try {
        return small.toDataURL('image/png');
      } catch {
        tainted = true;
        captured = null;
        return null;
      }
    },
  };
}
