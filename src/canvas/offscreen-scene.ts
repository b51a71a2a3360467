import { StaticCanvas } from 'fabric';
import { clipsInLayerOrder } from '../domain/clip-edits';
import type { Scene } from '../domain/project';
import type { AiModelClip, TextClip, VisualClip } from '../domain/schema/clips';
import { loadFontsFor } from './measure-text';
import { createStageObject } from './fabric-objects';
import type { ImageCache } from './image-cache';
import { createStageLayers } from './stage-layers';

const avatarUrl = (clip: AiModelClip) =>
  clip.model.source_url || clip.model.deployImage?.edit_src || '';

function mediaUrls(scene: Scene, clips: readonly VisualClip[]): string[] {
  const urls = clips.flatMap((c) =>
    c.type === 'image'
      ? [c.source_url]
      : c.type === 'aiModel'
        ? [avatarUrl(c)]
        : c.type === 'videoImage'
          ? [c.source_url ?? '']
          : [],
  );
  if (scene.background.source_type !== 'color') urls.push(scene.background.source_url ?? '');
  return [...new Set(urls.filter(Boolean))];
}

/** Waits at most `ms` for a load: a slow host must not stall a contact sheet. */
const within = <T>(p: Promise<T>, ms: number, fallback: T) =>
  Promise.race([p, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);

export interface SceneImage {
  /** PNG data URL, or null when a cross-origin image taints the canvas. */
  url: string | null;
  /** Media that did not load (the render would fail or show nothing there). */
  failedUrls: string[];
}

/**
 * Draws one scene off screen with the stage's own layers and clip objects, after its images and
 * fonts have settled, at `scale` of design size. Used for the data-merge contact sheet.
 */
export async function renderSceneImage(
  scene: Scene,
  size: { width: number; height: number },
  scale: number,
  images: ImageCache,
  options: { loadTimeoutMs?: number; loads?: Map<string, Promise<HTMLImageElement | null>> } = {},
): Promise<SceneImage> {
  const clips = clipsInLayerOrder(scene);
  const urls = mediaUrls(scene, clips);
  // The image cache retries failed URLs on purpose; within one sheet a failure is asked once.
  const loads = options.loads ?? new Map<string, Promise<HTMLImageElement | null>>();
  const load = (u: string) => {
    if (!loads.has(u)) loads.set(u, within(images.load(u), options.loadTimeoutMs ?? 8000, null));
    return loads.get(u)!;
  };
  const texts = clips.filter((c): c is TextClip => c.type === 'textImage');
  // Its web fonts too: a text laid out with a fallback font keeps the fallback's widths.
  const [loaded] = await Promise.all([Promise.all(urls.map(load)), loadFontsFor(texts)]);
  const failedUrls = urls.filter((_, i) => loaded[i] === null);
  const el = document.createElement('canvas');
  const canvas = new StaticCanvas(el, {
    width: Math.round(size.width * scale),
    height: Math.round(size.height * scale),
    enableRetinaScaling: false,
    renderOnAddRemove: false,
  });
  try {
    canvas.setViewportTransform([scale, 0, 0, scale, 0, 0]);
    const layers = createStageLayers(canvas, () => size, images);
    layers.overlay.hidden = true;
    layers.setBackground(scene.background);
    canvas.add(...clips.map((clip) => createStageObject(clip, () => undefined, images)));
    canvas.renderAll();
    let url: string | null = null;
    try {
      url = canvas.toDataURL({
        format: 'jpeg',
        quality: 0.8,
        multiplier: 1,
        enableRetinaScaling: false,
      });
    } catch {
      url = null;
    }
    return { url, failedUrls };
  } finally {
    void canvas.dispose().catch(() => undefined);
  }
}
