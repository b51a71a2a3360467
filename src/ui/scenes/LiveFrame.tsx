import { useLayoutEffect, useRef } from 'react';
import { THUMBNAIL_JPEG_QUALITY } from '../../canvas/frame-capture';
import { useStageHandle } from '../stage/stage-context';
import type { LiveFrames } from './use-scene-thumbnails';

/**
 * The shown scene's picture on its card, drawn by the stage into this canvas in the stage's own
 * frame: an edit updates the card without a JPEG encode, a decode or a repaint of its own. Hidden
 * (the card's thumbnail under it shows) until the stage has drawn the scene into it; from then on
 * it keeps its last picture. When the scene is left, that picture becomes the scene's thumbnail.
 */
export function LiveFrame({ sceneId, live }: { sceneId: string; live: LiveFrames }) {
  const stage = useStageHandle();
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!stage || !canvas) return;
    stage.showFrameIn(canvas, sceneId);
    live.current = { canvas, sceneId };
    return () => {
      stage.showFrameIn(null, sceneId);
      if (live.current?.canvas === canvas) live.current = null;
      if (canvas.hidden) return;
      try {
        live.keep(sceneId, canvas.toDataURL('image/jpeg', THUMBNAIL_JPEG_QUALITY));
      } catch {
        // A picture with an image served without CORS cannot be read back: the colour shows.
      }
    };
  }, [stage, sceneId, live]);
  return <canvas ref={ref} className="thumb live-frame" hidden aria-hidden="true" />;
}
