import type { Canvas } from 'fabric';
import type { EditorStore } from '../store/editor-store';
import { selectActiveScene } from '../store/selectors';
import type { createPlaybackRender } from './playback-render';
import type { Reconciler } from './reconciler';
import type { createSelectionSync } from './selection-sync';
import type { createStageLayers } from './stage-layers';
import type { StageStats } from './types';
import type { createViewport } from './viewport';

interface StageSyncParts {
  canvas: Canvas;
  store: EditorStore;
  reconciler: Reconciler;
  layers: ReturnType<typeof createStageLayers>;
  playback: ReturnType<typeof createPlaybackRender>;
  selection: ReturnType<typeof createSelectionSync>;
  viewport: ReturnType<typeof createViewport>;
  /** Set while the stage is changed from the store, so its events are not taken for gestures. */
  guard: { active: boolean };
  stats: Pick<StageStats, 'syncs' | 'built'>;
  /** Whatever a thumbnail shows may have changed. */
  dated: () => void;
  refreshFaces: () => void;
}

/**
 * Brings the stage in line with the store: the shown scene (parking the one left, so going back
 * rebuilds only its edits), its clips, background and selection, then one frame. A store change
 * that leaves all of what the stage draws alone draws nothing.
 */
export function createStageSync(parts: StageSyncParts) {
  const { canvas, store, reconciler, layers, playback, selection, viewport, guard, stats } = parts;
  let shownSceneId: string | null = null;
  let shownOrientation: string | undefined;
  /** What the last sync drew from. */
  let drawnFrom: unknown[] = [];
  const shownScene = () => playback.scene() ?? selectActiveScene(store.getState());
  const inputs = () => {
    const state = store.getState();
    const scene = shownScene();
    return [
      scene?.id,
      scene?.clips,
      scene?.background,
      state.selection,
      state.showFaceGuide,
      state.project.orientation,
    ];
  };

  const sync = () => {
    const state = store.getState();
    const scene = shownScene();
    drawnFrom = inputs();
    stats.syncs++;
    parts.dated();
    guard.active = true;
    let dissolved = false;
    try {
      if (!scene || scene.id !== shownSceneId) {
        canvas.discardActiveObject();
        // Objects a preview animated are not as their clips place them: those are not kept.
        if (shownSceneId && !playback.animating()) reconciler.park(shownSceneId);
        else reconciler.takeOff();
        if (scene) reconciler.bring(scene.id);
        shownSceneId = scene?.id ?? null;
      }
      if (scene) {
        layers.setBackground(scene.background);
        const applied = reconciler.apply(scene.clips);
        dissolved = applied.dissolvedSelection;
        stats.built += applied.created;
      }
    } finally {
      guard.active = false;
    }
    if (state.project.orientation !== shownOrientation) {
      shownOrientation = state.project.orientation;
      if (viewport.isFitted()) viewport.zoomToFit();
    }
    selection.fromStore(dissolved);
    parts.refreshFaces();
    playback.applyFrame();
    canvas.requestRenderAll();
  };

  /** The scenes the parked objects were last checked against. */
  let checkedScenes: readonly { id: string }[] | null = null;
  /** A scene deleted, or of a project closed, will not be shown again as it was: its parked
   * objects go. Only when the scene list changed: a few parked ids against it, and no render. */
  const forgetLeftScenes = () => {
    const { scenes } = store.getState().project;
    if (scenes === checkedScenes) return;
    checkedScenes = scenes;
    reconciler.forgetParked((id) => scenes.some((scene) => scene.id === id));
  };

  return {
    sync,
    syncIfChanged: () => {
      const next = inputs();
      if (next.some((v, i) => v !== drawnFrom[i])) sync();
      forgetLeftScenes();
    },
    /** The scene the stage shows (null before the first sync or with no scene). */
    shownSceneId: () => shownSceneId,
  };
}
