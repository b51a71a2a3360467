/**
 * Keeps a small copy of the frame as the stage last drew it, so a thumbnail costs a downscale of
 * pixels already drawn instead of a second render of every clip. The copy is taken while the
 * overlay paints: the clips and background are drawn, the dim, guides and selection controls not
 * yet. A stage zoomed in past the frame (or out below the thumbnail's scale) keeps no copy.
 */
export function createFrameCapture() {
  let scale = 0.1;
  let small: HTMLCanvasElement | null = null;
  let captured: { version: number; scale: number } | null = null;

  return {
    /** Called with the stage's context in frame coordinates (viewport transform applied). */
    capture(
      ctx: CanvasRenderingContext2D,
      frame: { width: number; height: number },
      version: number,
    ) {
      captured = null;
      const t = ctx.getTransform();
      const source = ctx.canvas;
      const sx = t.e;
      const sy = t.f;
      const sw = frame.width * t.a;
      const sh = frame.height * t.d;
      const inside =
        t.b === 0 &&
        t.c === 0 &&
        sx >= -0.5 &&
        sy >= -0.5 &&
        sx + sw <= source.width + 0.5 &&
        sy + sh <= source.height + 0.5;
      if (!inside || t.a < scale) return;
      const w = Math.max(1, Math.round(frame.width * scale));
      const h = Math.max(1, Math.round(frame.height * scale));
      small ??= document.createElement('canvas');
      if (small.width !== w || small.height !== h) Object.assign(small, { width: w, height: h });
      const out = small.getContext('2d');
      if (!out) return;
      out.imageSmoothingQuality = 'high';
      out.drawImage(source, sx, sy, sw, sh, 0, 0, w, h);
      captured = { version, scale };
    },
    /** The copy as a PNG data URL when it shows `version` at `wanted` scale; otherwise null. */
    take(wanted: number, version: number): string | null {
      if (captured?.version !== version || captured.scale !== wanted || !small) {
        scale = wanted; // the next frame keeps a copy at this scale
        return null;
      }
      try {
        return small.toDataURL('image/png');
      } catch {
        return null; // a tainted stage (an image served without CORS) cannot be exported
      }
    },
  };
}
