import type { Canvas } from 'fabric';
import { THUMBNAIL_JPEG_QUALITY, type createFrameCapture } from './frame-capture';

interface SnapshotDeps {
  canvas: Canvas;
  frame: ReturnType<typeof createFrameCapture>;
  /** The stage's overlay (dim, guides, face boxes), left out of a picture drawn in full. */
  overlay: { hidden: boolean };
  stageSize: () => { width: number; height: number };
  /** Bumped whenever what a thumbnail shows may have changed. */
  version: () => number;
  shownSceneId: () => string | null;
  /** While the preview plays, the stage shows another moment (or scene) than the document's. */
  unavailable: () => boolean;
  counted: () => void;
}

/**
 * Thumbnails of the shown scene as JPEG data URLs: the frame copy when there is one, else the
 * frame drawn in full at thumbnail scale (which the shown scene's card is given too). A second
 * request for the same picture, as the strip and autosave both ask once edits settle, gets the
 * same URL without work.
 */
export function createSnapshots(deps: SnapshotDeps) {
  const { canvas, frame } = deps;
  let last: { scale: number; version: number; url: string } | null = null;
  const drawInFull = (scale: number): string => {
    const { width, height } = deps.stageSize();
    const v = canvas.viewportTransform;
    const z = v[0];
    deps.overlay.hidden = true;
    try {
      const picture = canvas.toCanvasElement(scale / z, {
        left: v[4],
        top: v[5],
        width: width * z,
        height: height * z,
      });
      frame.showDrawn(picture, deps.shownSceneId());
      return picture.toDataURL('image/jpeg', THUMBNAIL_JPEG_QUALITY);
    } finally {
      deps.overlay.hidden = false;
    }
  };
  return (scale: number): string | null => {
    if (deps.unavailable()) return null;
    const version = deps.version();
    if (last?.scale === scale && last.version === version) return last.url;
    deps.counted();
    try {
      const url = frame.take(scale, version) ?? drawInFull(scale);
      last = { scale, version, url };
      return url;
    } catch {
      // A tainted canvas (an image served without CORS) cannot be exported.
      return null;
    }
  };
}
