import type { Project } from '../domain/project';
import type { EditorStore } from './editor-store';
import { changedPlaces } from './history-focus';

/**
 * Why a gesture is open: a focused field, a pressed pointer, a held key. A gesture lasts while any
 * reason is open, so typing (key down/up) inside a focused field stays one gesture until blur.
 */
export type GestureReason = string;

/**
 * Writes the document. Undo steps follow the user's gestures, not a clock: inside one gesture,
 * consecutive writes with the same `coalesce` key fold into the first one's step; outside any
 * gesture, and with a different key, every write is a step of its own.
 */
export function createCommitter(store: EditorStore) {
  const open = new Set<GestureReason>();
  let lastKey: string | null = null;

  const commit = (next: Project, coalesce?: string): boolean => {
    const state = store.getState();
    if (next === state.project || state.readOnly) return false;
    const fold = open.size > 0 && coalesce !== undefined && coalesce === lastKey;
    const history = store.temporal.getState();
    if (fold) history.pause();
    const scenes = new Set(next.scenes.map((s) => s.id));
    const activeSceneId = scenes.has(state.activeSceneId)
      ? state.activeSceneId
      : (next.scenes[0]?.id ?? '');
    store.setState({ project: next, activeSceneId });
    if (fold) history.resume();
    lastKey = open.size > 0 ? (coalesce ?? null) : null;
    return true;
  };

  const gestures = {
    /** A gesture starts (focus, pointer down, first key down); repeats of an open reason are no-ops. */
    begin: (reason: GestureReason) => {
      if (open.size === 0) lastKey = null;
      open.add(reason);
    },
    /** A gesture ends (blur, pointer up, key up); the next write is a new step once none is open. */
    end: (reason: GestureReason) => {
      open.delete(reason);
      if (open.size === 0) lastKey = null;
    },
    /** The window lost focus or the page hid: no key-up or blur may ever come. */
    endAll: () => {
      open.clear();
      lastKey = null;
    },
    isOpen: () => open.size > 0,
  };

  /** Ends the current step so that the next edit is a step of its own (undo, a finished drag). */
  const endBurst = () => {
    lastKey = null;
  };

  return { commit, endBurst, gestures };
}

/**
 * Undo/redo show what they changed: the scene they touched comes on screen with the changed clips
 * selected; the selection keeps only clips that exist.
 */
export function createHistoryCommands(
  store: EditorStore,
  endBurst: () => void,
  refit: () => void = () => undefined,
) {
  const step = (move: () => void) => {
    if (store.getState().readOnly) return;
    endBurst();
    const before = store.getState().project;
    store.land(move, ({ project, activeSceneId, selection }) => {
      if (project === before) return {};
      const place = changedPlaces(before, project, activeSceneId);
      const scene =
        project.scenes.find((s) => s.id === (place?.sceneId ?? activeSceneId)) ?? project.scenes[0];
      const ids = new Set(scene?.clips.map((c) => c.id));
      const changed = place?.clipIds.filter((id) => ids.has(id)) ?? [];
      return {
        activeSceneId: scene?.id ?? '',
        selection: changed.length ? changed : selection.filter((id) => ids.has(id)),
        editingTextId: null,
      };
    });
    // A step recorded before a web font arrived was measured with the fallback font.
    refit();
  };
  return {
    undo: () => step(() => store.temporal.getState().undo()),
    redo: () => step(() => store.temporal.getState().redo()),
    canUndo: () => store.temporal.getState().pastStates.length > 0,
    canRedo: () => store.temporal.getState().futureStates.length > 0,
    /** Opening another project starts a fresh history. */
    clearHistory: () => store.temporal.getState().clear(),
  };
}
