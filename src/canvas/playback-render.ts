import type { Canvas } from 'fabric';
import { renderedBox } from '../domain/geometry';
import { animatedFrame } from '../domain/playback-animation';
import type { Project, Scene } from '../domain/project';
import type { VisualClip } from '../domain/schema/clips';
import type { PlaybackCommands } from '../store/playback-store';
import { ClipObject } from './clip-object';
import { updateStageObject } from './fabric-objects';
import type { Reconciler } from './reconciler';
import type { ImageCache } from './image-cache';
import { opacityToFabric } from './units';

/** Where the preview finds a playing video's element, to draw its frames. */
export type VideoLookup = (clipId: string) => HTMLVideoElement | undefined;

interface Options {
  canvas: Canvas;
  reconciler: Reconciler;
  images: ImageCache;
  playback: PlaybackCommands;
  project: () => Project;
  stageSize: () => { width: number; height: number };
  /** Shows another scene (the stage's own sync). */
  resync: () => void;
}

/**
 * The preview on the stage: while the preview is open the stage shows the scene at the playback
 * time with each clip as its animation has it then. Objects are only moved, faded and scaled on
 * top of their clips' placement and put back when the preview closes: the document is untouched.
 */
export function createPlaybackRender({
  canvas,
  reconciler,
  images,
  playback,
  project,
  stageSize,
  resync,
}: Options) {
  let animating = false;
  let shownSceneId: string | null = null;
  let videos: VideoLookup = () => undefined;

  const scene = (): Scene | undefined => {
    if (!playback.store.getState().open) return undefined;
    const id = playback.current().sceneId;
    return project().scenes.find((s) => s.id === id);
  };

  /** Each object back to its clip as placed (and videos back to their poster). */
  const restore = () => {
    for (const [id, obj] of reconciler.objects) {
      const clip = reconciler.clips.get(id);
      if (!clip) continue;
      if (obj instanceof ClipObject && obj.sourceKey.startsWith('playing|')) obj.sourceKey = '';
      updateStageObject(obj, clip, () => canvas.requestRenderAll(), images);
    }
    canvas.selection = true;
    canvas.skipTargetFind = false;
    animating = false;
  };

  const drawFrame = (clip: VisualClip, local: number) => {
    const obj = reconciler.objects.get(clip.id);
    if (!obj) return;
    const box = renderedBox(clip);
    const animation =
      clip.type === 'image' || clip.type === 'textImage' || clip.type === 'shape'
        ? clip.animation
        : undefined;
    const f = animatedFrame(animation, local, box, stageSize());
    // Flips stay as placementProps set them (object-props.ts).
    const sx = Math.abs(clip.scaleX ?? 1);
    const sy = Math.abs(clip.scaleY ?? 1);
    obj.set({
      opacity: opacityToFabric(clip.opacity) * f.opacity,
      // Zooms scale about the clip's centre.
      left: clip.left + f.dx + ((1 - f.scale) * box.width) / 2,
      top: clip.top + f.dy + ((1 - f.scale) * box.height) / 2,
      scaleX: sx * f.scale,
      scaleY: sy * f.scale,
    });
    const video = clip.type === 'videoImage' ? videos(clip.id) : undefined;
    if (video && obj instanceof ClipObject)
      obj.setPainter((ctx, w, h) => ctx.drawImage(video, 0, 0, w, h), `playing|${clip.id}`);
  };

  /** Brings the stage in line with the playback time; called after every stage sync. */
  const applyFrame = () => {
    const state = playback.store.getState();
    if (!state.open) {
      if (animating) restore();
      return;
    }
    const { local } = playback.current();
    animating = true;
    canvas.discardActiveObject();
    canvas.selection = false;
    canvas.skipTargetFind = true;
    for (const clip of reconciler.clips.values()) drawFrame(clip, local);
    canvas.requestRenderAll();
  };

  const unsubscribe = playback.store.subscribe((state, prev) => {
    const sceneId = state.open ? playback.current().sceneId : null;
    if (sceneId !== shownSceneId || state.open !== prev.open) {
      shownSceneId = sceneId;
      resync();
    } else applyFrame();
  });

  return {
    scene,
    applyFrame,
    /** Objects on the stage show a preview frame, not their clips as placed. */
    animating: () => animating,
    setVideos: (lookup: VideoLookup) => {
      videos = lookup;
    },
    /** The stage object's drawn opacity (0–1), for tests through the scripting hook. */
    clipOpacity: (clipId: string): number | null => reconciler.objects.get(clipId)?.opacity ?? null,
    dispose: unsubscribe,
  };
}
