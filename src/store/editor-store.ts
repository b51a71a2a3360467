import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MessageRef } from '../domain/messages/message';
import { createProject, type Project } from '../domain/project';

/** Session state: never undone, persisted or exported. */
export interface SessionState {
  activeSceneId: string;
  selection: string[];
  snapping: boolean;
  showFaceGuide: boolean;
  editingTextId: string | null;
  /** Another tab edits this project: nothing here may change the document. */
  readOnly: boolean;
  /** Media URLs the stage could not load, with the reason (a preflight `reason.*` message). */
  mediaProblems: Record<string, MessageRef>;
}

export interface EditorState extends SessionState {
  project: Project;
}

export type HistoryState = TemporalState<{ project: Project }>;

/** The session that shows the document an undo or redo lands on (given the state it lands in). */
export type Landing = (landed: EditorState) => Partial<SessionState>;

export type EditorStore = StoreApi<EditorState> & {
  temporal: StoreApi<HistoryState>;
  /**
   * Runs `move` (an undo or redo of `temporal`) so that the document it restores and the session
   * from `landing` are written as one store change: one stage sync and one React render per step.
   */
  land: (move: () => void, landing: Landing) => void;
};

export interface EditorStoreOptions {
  project?: Project;
  historyLimit?: number;
}

export const HISTORY_LIMIT = 500;

export function initialSession(project: Project): SessionState {
  return {
    activeSceneId: project.scenes[0]?.id ?? '',
    selection: [],
    snapping: true,
    showFaceGuide: false,
    editingTextId: null,
    readOnly: false,
    mediaProblems: {},
  };
}

/** A fresh store per editor (and per test); no singletons. */
export function createEditorStore(options: EditorStoreOptions = {}): EditorStore {
  const project = options.project ?? createProject('scene-1');
  const withHistory = temporal<EditorState, [], [], { project: Project }>(
    () => ({ project, ...initialSession(project) }),
    {
      limit: options.historyLimit ?? HISTORY_LIMIT,
      partialize: (state) => ({ project: state.project }),
      // Only document changes are steps: selection or scene switches leave history (and redo) alone.
      equality: (a, b) => a.project === b.project,
    },
  );
  let landing: Landing | null = null;
  const store = createStore<EditorState>()((set, get, api) =>
    // Undo and redo write through this `set` (zundo's): while landing, the session goes along.
    withHistory(
      (partial) => {
        const patch = typeof partial === 'function' ? partial(get()) : partial;
        set(landing ? { ...patch, ...landing({ ...get(), ...patch }) } : patch);
      },
      get,
      api as Parameters<typeof withHistory>[2],
    ),
  ) as EditorStore;
  store.land = (move, next) => {
    landing = next;
    try {
      move();
    } finally {
      landing = null;
    }
  };
  return store;
}
