import type { Project } from '../domain/project';
import type { EditorStore } from './editor-store';

export interface Clock {
  now: () => number;
}

/** Edits closer together than this with the same key are one undo step (a typing burst, a slider). */
export const COALESCE_MS = 1000;

/**
 * Writes the document. With a `coalesce` key, consecutive writes with that key within COALESCE_MS
 * fold into the first one's undo step. Returns whether anything changed.
 */
export function createCommitter(store: EditorStore, clock: Clock) {
  let lastKey: string | null = null;
  let lastAt = -Infinity;

  const commit = (next: Project, coalesce?: string): boolean => {
    const state = store.getState();
    if (next === state.project) return false;
    const now = clock.now();
    const fold = coalesce !== undefined && coalesce === lastKey && now - lastAt < COALESCE_MS;
    const history = store.temporal.getState();
    if (fold) history.pause();
    const scenes = new Set(next.scenes.map((s) => s.id));
    const activeSceneId = scenes.has(state.activeSceneId)
      ? state.activeSceneId
      : (next.scenes[0]?.id ?? '');
    store.setState({ project: next, activeSceneId });
    if (fold) history.resume();
    lastKey = coalesce ?? null;
    lastAt = now;
    return true;
  };

  /** Ends a burst so that the next edit is a step of its own (blur, pointer up). */
  const endBurst = () => {
    lastKey = null;
  };

  return { commit, endBurst };
}

/** Undo/redo keep the session valid: selection drops clips that no longer exist. */
export function createHistoryCommands(store: EditorStore, endBurst: () => void) {
  const fixSession = () => {
    const { project, activeSceneId, selection } = store.getState();
    const scene = project.scenes.find((s) => s.id === activeSceneId) ?? project.scenes[0];
    const ids = new Set(scene?.clips.map((c) => c.id));
    store.setState({
      activeSceneId: scene?.id ?? '',
      selection: selection.filter((id) => ids.has(id)),
    });
  };
  return {
    undo: () => {
      endBurst();
      store.temporal.getState().undo();
      fixSession();
    },
    redo: () => {
      endBurst();
      store.temporal.getState().redo();
      fixSession();
    },
    canUndo: () => store.temporal.getState().pastStates.length > 0,
    canRedo: () => store.temporal.getState().futureStates.length > 0,
    /** Opening another project starts a fresh history. */
    clearHistory: () => store.temporal.getState().clear(),
  };
}
