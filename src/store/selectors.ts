import { clipsInLayerOrder } from '../domain/clip-edits';
import { perObject } from '../domain/per-object';
import { orientationOf, stageSizeOf, type Scene } from '../domain/project';
import type { Clip } from '../domain/schema/clips';
import type { EditorState } from './editor-store';

export const selectActiveScene = (s: EditorState): Scene | undefined =>
  s.project.scenes.find((scene) => scene.id === s.activeSceneId) ?? s.project.scenes[0];
export const selectActiveSceneIndex = (s: EditorState): number =>
  Math.max(
    0,
    s.project.scenes.findIndex((scene) => scene.id === s.activeSceneId),
  );
export const selectStageSize = (s: EditorState) => stageSizeOf(s.project);
export const selectOrientation = (s: EditorState) => orientationOf(s.project);

export const selectSelectedClips = (s: EditorState): Clip[] => {
  const scene = selectActiveScene(s);
  if (!scene) return [];
  const ids = new Set(s.selection);
  return scene.clips.filter((c) => ids.has(c.id));
};

// One sorted list per clips array: every store change (a selection, a keystroke) runs the
// selectors that read it, and an unchanged scene then hands back the very same array.
const layerListOf = perObject((clips: Scene['clips']) =>
  Object.freeze([...clipsInLayerOrder({ clips })].reverse()),
);
const NO_CLIPS: readonly Clip[] = [];

/** Top of the stack first; the same (frozen) array while the scene's clips are the same. */
export const selectLayerList = (s: EditorState): readonly Clip[] => {
  const scene = selectActiveScene(s);
  return scene ? layerListOf(scene.clips) : NO_CLIPS;
};

/** The layer list's ids, top first (compare with `useShallow`: a new array per edit). */
export const selectLayerIds = (s: EditorState): string[] => selectLayerList(s).map((c) => c.id);

export const selectAudioClips = (s: EditorState): Clip[] =>
  selectActiveScene(s)?.clips.filter((c) => c.type === 'audio') ?? [];
