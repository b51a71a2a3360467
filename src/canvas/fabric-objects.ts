import {
  clipTypeOf,
  isOpaqueClip,
  type AiModelClip,
  type VisualClip,
} from '../domain/schema/clips';
import { ClipObject, ClipText, type StageObject } from './clip-object';
import type { ImageCache } from './image-cache';
import { placementProps, shadowKey, shadowOf, wantsCache } from './object-props';
import {
  brokenImagePainter,
  imagePainter,
  loadingPainter,
  opaquePainter,
  posterPainter,
  shapePainter,
  videoPainter,
  type Painter,
} from './painters';
import { createTextObject, updateTextObject } from './text-object';

/** Called when an object's asynchronous content (image, font) settles. */
export type ContentReady = (obj: StageObject) => void;

const avatarSource = (clip: AiModelClip): string =>
  clip.model.source_url ||
  clip.model.deployImage?.edit_src ||
  clip.model.deployImage?.themb_src ||
  '';

/** How an image-backed clip is painted once its URL settles. */
function imageContent(
  clip: VisualClip,
): { key: string; url: string; ok: (i: HTMLImageElement) => Painter; fail: Painter } | null {
  switch (clip.type) {
    case 'aiModel':
      return {
        key: `img|${avatarSource(clip)}`,
        url: avatarSource(clip),
        ok: imagePainter,
        fail: brokenImagePainter,
      };
    case 'image':
      return {
        key: `img|${clip.source_url}`,
        url: clip.source_url,
        ok: imagePainter,
        fail: brokenImagePainter,
      };
    case 'videoImage':
      return {
        key: `video|${clip.source_url ?? ''}`,
        url: clip.source_url ?? '',
        ok: posterPainter,
        fail: videoPainter,
      };
    default:
      return null;
  }
}

/** Points the object at its clip's image; async loads check the object still wants that URL. */
function paintImage(obj: ClipObject, clip: VisualClip, ready: ContentReady, images: ImageCache) {
  const content = imageContent(clip);
  if (!content || obj.sourceKey === content.key) return;
  const { key, url, ok, fail } = content;
  if (!url) return obj.setPainter(fail, key);
  const known = images.peek(url);
  if (known !== undefined) {
    images.report(url, known !== null);
    return obj.setPainter(known ? ok(known) : fail, key);
  }
  obj.setPainter(loadingPainter, key);
  void images.load(url).then((img) => {
    images.report(url, img !== null);
    if (obj.sourceKey !== key) return;
    obj.setPainter(img ? ok(img) : fail, key);
    ready(obj);
  });
}

function applyClip(obj: ClipObject, clip: VisualClip, ready: ContentReady, images: ImageCache) {
  obj.set({
    ...placementProps(clip),
    width: clip.width,
    height: clip.height,
    objectCaching: wantsCache(clip),
  });
  if (isOpaqueClip(clip)) {
    obj.setPainter(opaquePainter(clipTypeOf(clip)), `opaque|${clipTypeOf(clip)}`);
  } else if (clip.type === 'shape') {
    obj.setPainter(
      shapePainter({
        name: clip.shapeName,
        fill: clip.fill,
        stroke: clip.stroke,
        strokeWidth: clip.strokeWidth,
        radius: clip.strokeRadius,
      }),
      'shape',
    );
    const key = shadowKey(clip);
    if (obj.shadowKey !== key) {
      obj.shadow = shadowOf(clip);
      obj.shadowKey = key;
    }
  } else {
    paintImage(obj, clip, ready, images);
  }
  obj.setCoords();
}

/** A new stage object for `clip`, tagged with its id. */
export function createStageObject(
  clip: VisualClip,
  ready: ContentReady,
  images: ImageCache,
): StageObject {
  if (clip.type === 'textImage') return createTextObject(clip, ready);
  const obj = new ClipObject({ objectCaching: false, strokeWidth: 0, stroke: null });
  obj.clipId = clip.id;
  applyClip(obj, clip, ready, images);
  return obj;
}

/** Brings an existing object in line with its (changed) clip. */
export function updateStageObject(
  obj: StageObject,
  clip: VisualClip,
  ready: ContentReady,
  images: ImageCache,
) {
  if (obj instanceof ClipText) {
    if (clip.type === 'textImage') updateTextObject(obj, clip, ready);
    return;
  }
  applyClip(obj, clip, ready, images);
}
