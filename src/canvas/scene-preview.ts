import { StaticCanvas } from 'fabric';
import { avatarHeadBox } from '../domain/geometry';
import { clipsInLayerOrder } from '../domain/clip-edits';
import type { StageSize } from '../domain/geometry';
import type { Scene } from '../domain/project';
import { PaintedLayer } from './clip-object';
import { createStageObject } from './fabric-objects';
import type { ImageCache } from './image-cache';

/**
 * A still, non-interactive drawing of one scene at `scale` of design size (the reflow dialog's
 * before/after), with the frame edge and the avatar's face box. Returns a disposer.
 */
export function drawScenePreview(
  el: HTMLCanvasElement,
  scene: Scene,
  stage: StageSize,
  scale: number,
  images: ImageCache,
): () => void {
  const canvas = new StaticCanvas(el, {
    width: Math.round(stage.width * scale),
    height: Math.round(stage.height * scale),
    renderOnAddRemove: false,
    enableRetinaScaling: false,
  });
  canvas.setZoom(scale);
  const render = () => canvas.requestRenderAll();
  const bg = scene.background;
  const url = bg.source_type !== 'color' ? (bg.source_url ?? '') : '';
  if (url && images.peek(url) === undefined) void images.load(url).then(render);
  const under = new PaintedLayer({ objectCaching: false });
  under.paint = (ctx) => {
    const img = url ? images.peek(url) : undefined;
    ctx.fillStyle = bg.source_color || '#ffffff';
    ctx.fillRect(0, 0, stage.width, stage.height);
    if (!img) return;
    const s = Math.max(stage.width / img.naturalWidth, stage.height / img.naturalHeight);
    const w = img.naturalWidth * s;
    const h = img.naturalHeight * s;
    ctx.drawImage(img, (stage.width - w) / 2, (stage.height - h) / 2, w, h);
  };
  const avatar = scene.clips.find((c) => c.type === 'aiModel');
  const face = avatar?.type === 'aiModel' ? avatarHeadBox(avatar) : undefined;
  const over = new PaintedLayer({ objectCaching: false });
  over.paint = (ctx) => {
    ctx.lineWidth = 2 / scale;
    if (face) {
      ctx.strokeStyle = '#ffd400';
      ctx.setLineDash([6 / scale, 4 / scale]);
      ctx.strokeRect(face.left, face.top, face.width, face.height);
      ctx.setLineDash([]);
    }
  };
  canvas.backgroundVpt = true;
  canvas.overlayVpt = true;
  canvas.backgroundImage = under;
  canvas.overlayImage = over;
  const objects = clipsInLayerOrder(scene).map((clip) => createStageObject(clip, render, images));
  if (objects.length) canvas.add(...objects);
  render();
  return () => void canvas.dispose().catch(() => undefined);
}
