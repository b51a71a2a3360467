import { Canvas } from 'fabric';
import { stageSizeOf } from '../domain/project';
import type { StageObject } from './clip-object';
import { faceBoxes } from './face-guides';
import { createFrameCapture } from './frame-capture';
import { watchFontArrivals } from './font-arrivals';
import { createGestureCommit } from './gesture-commit';
import { reportMediaProblems } from './media-problems';
import { createPanController } from './pan-controller';
import { createPlaybackRender } from './playback-render';
import { Reconciler } from './reconciler';
import { createSelectionSync } from './selection-sync';
import { createSnapshots } from './snapshots';
import { createSnapController } from './snap-controller';
import { createStageLayers, OUTSIDE_COLOUR } from './stage-layers';
import { createStageSync } from './stage-sync';
import { measureTextHeight } from './text-object';
import type { MountCanvasOptions, StageHandle, StageStats } from './types';
import { createViewport } from './viewport';

/**
 * Mounts the Fabric stage in `el`. The store is the truth: the stage is reconciled from the
 * active scene on every store change and writes back only at gesture end, through commands.
 */
export function mountCanvas(
  el: HTMLElement,
  { store, commands, images }: MountCanvasOptions,
): StageHandle {
  const canvasEl = document.createElement('canvas');
  el.appendChild(canvasEl);
  const canvas = new Canvas(canvasEl, {
    width: Math.max(1, el.clientWidth),
    height: Math.max(1, el.clientHeight),
    enableRetinaScaling: true,
    preserveObjectStacking: true,
    renderOnAddRemove: false,
    // Selection controls are drawn after the overlay, so the frame copied for thumbnails as the
    // overlay paints has none (frame-capture.ts).
    controlsAboveOverlay: true,
    backgroundColor: OUTSIDE_COLOUR,
    selectionColor: 'rgba(80,140,255,0.12)',
    selectionBorderColor: 'rgba(80,140,255,0.9)',
    fireMiddleClick: false,
    stopContextMenu: true,
  });
  // Fabric's wrapper takes the host's full size.
  canvas.wrapperEl.style.position = 'absolute';
  canvas.wrapperEl.style.inset = '0';

  const guard = { active: false };
  const stats: Omit<StageStats, 'loading' | 'held'> = {
    syncs: 0,
    renders: 0,
    snapshots: 0,
    built: 0,
  };
  canvas.on('after:render', () => stats.renders++);
  // Fabric's text sets the canvas element's dir attribute (a style invalidation) for each line it
  // draws while the context's direction differs from the text's; left-to-right from the start of
  // each frame, it differs only for right-to-left text.
  canvas.on('before:render', ({ ctx }) => {
    ctx.direction = 'ltr';
  });
  /** Bumped whenever what a thumbnail shows may have changed. */
  let drawnVersion = 0;
  const stageSize = () => stageSizeOf(store.getState().project);
  const frame = createFrameCapture();
  const layers = createStageLayers(
    canvas,
    stageSize,
    images,
    () => drawnVersion++,
    (ctx) => {
      // Mid-gesture frames are never the settled picture; a preview shows another moment.
      if (canvas._currentTransform || commands.playback.store.getState().open) return;
      frame.capture(ctx, stageSize(), drawnVersion, stageSync.shownSceneId());
    },
  );
  const reconciler: Reconciler = new Reconciler(
    canvas,
    (obj: StageObject) => {
      if (!reconciler.isCurrent(obj)) return;
      drawnVersion++;
      obj.setCoords();
      canvas.requestRenderAll();
      // A text's font arriving refits the stored heights once, in watchFontArrivals below.
    },
    images,
  );
  commands.setTextMeasure(measureTextHeight);
  const stopReporting = reportMediaProblems(images, store);
  const selection = createSelectionSync(canvas, store, commands, reconciler, guard);
  const viewport = createViewport(canvas, el, stageSize);

  const refreshFaces = () => {
    layers.overlay.faces = store.getState().showFaceGuide ? faceBoxes(reconciler) : [];
  };

  const playback = createPlaybackRender({
    canvas,
    reconciler,
    images,
    playback: commands.playback,
    project: () => store.getState().project,
    stageSize,
    resync: () => stageSync.sync(),
  });
  const stageSync = createStageSync({
    canvas,
    store,
    reconciler,
    layers,
    playback,
    selection,
    viewport,
    guard,
    stats,
    dated: () => void drawnVersion++,
    refreshFaces,
  });

  const disposers: (() => void)[] = [
    playback.dispose,
    createGestureCommit(canvas, store, commands, reconciler),
    createSnapController(canvas, store, reconciler, (guides) => {
      layers.overlay.guides = guides;
      canvas.requestRenderAll();
    }),
    createPanController(canvas, el, store, viewport.panBy),
    store.subscribe(stageSync.syncIfChanged),
    watchFontArrivals(
      globalThis.document?.fonts,
      () => reconciler.everyObject(),
      () => {
        drawnVersion++;
        canvas.requestRenderAll();
        commands.refitTexts();
      },
    ),
  ];
  // The face guide follows the avatar during a drag.
  const followFaces = () => {
    if (store.getState().showFaceGuide) refreshFaces();
  };
  canvas.on('object:moving', followFaces);
  canvas.on('object:scaling', followFaces);
  canvas.on('object:rotating', followFaces);

  stageSync.sync();
  viewport.resize();
  viewport.zoomToFit();

  let disposed = false;
  const snapshot = createSnapshots({
    canvas,
    frame,
    overlay: layers.overlay,
    stageSize,
    version: () => drawnVersion,
    shownSceneId: stageSync.shownSceneId,
    unavailable: () => disposed || commands.playback.store.getState().open,
    counted: () => void stats.snapshots++,
  });
  return {
    zoomToFit: viewport.zoomToFit,
    zoomTo: viewport.zoomTo,
    getZoom: viewport.getZoom,
    onZoom: viewport.onZoom,
    designToClient: viewport.designToClient,
    clipOpacity: playback.clipOpacity,
    setPlaybackVideos: playback.setVideos,
    objectSize: (clipId: string) => {
      const obj = reconciler.objects.get(clipId);
      return obj ? { width: obj.width, height: obj.height } : null;
    },
    stats: () => ({ ...stats, loading: images.loading(), held: reconciler.held() }),
    showFrameIn: frame.showIn,
    snapshot,
    dispose: () => {
      if (disposed) return;
      disposed = true;
      commands.setTextMeasure(null);
      stopReporting();
      for (const d of disposers) d();
      selection.dispose();
      viewport.dispose();
      canvas.off();
      reconciler.clear();
      const wrapper = canvas.wrapperEl;
      void canvas.dispose().catch(() => undefined);
      wrapper.remove();
      canvasEl.remove();
    },
  };
}
