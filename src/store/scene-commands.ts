import type { Project } from '../domain/project';
import {
  addScene,
  duplicateScene,
  moveScene,
  removeScene,
  setBackground,
  setOrientation,
  setSettings,
  type ProjectSettings,
} from '../domain/scene-edits';
import type { Orientation } from '../domain/schema/common';
import type { Background } from '../domain/schema/request';
import type { CommandDeps } from './commands';
import { initialSession, type EditorStore } from './editor-store';
import { selectActiveSceneIndex } from './selectors';

type Commit = (next: Project, coalesce?: string) => boolean;

export function createSceneCommands(store: EditorStore, deps: CommandDeps, commit: Commit) {
  const project = () => store.getState().project;
  /** Switching scenes is session state: not an undo step, and redo survives it. */
  const activate = (sceneId: string) =>
    store.setState({ activeSceneId: sceneId, selection: [], editingTextId: null });

  return {
    activate,
    add: () => {
      const id = deps.newId('scene');
      if (commit(addScene(project(), id, selectActiveSceneIndex(store.getState())))) activate(id);
    },
    duplicate: (sceneId = store.getState().activeSceneId) => {
      const id = deps.newId('scene');
      if (commit(duplicateScene(project(), sceneId, id, (_old, type) => deps.newId(type))))
        activate(id);
    },
    remove: (sceneId = store.getState().activeSceneId) => {
      const index = project().scenes.findIndex((s) => s.id === sceneId);
      if (commit(removeScene(project(), sceneId))) {
        const scenes = project().scenes;
        activate((scenes[Math.min(index, scenes.length - 1)] ?? scenes[0])?.id ?? '');
      }
    },
    move: (sceneId: string, toIndex: number) => commit(moveScene(project(), sceneId, toIndex)),
    setBackground: (patch: Partial<Background>, coalesce?: string) =>
      commit(setBackground(project(), store.getState().activeSceneId, patch), coalesce),
    setOrientation: (orientation: Orientation) => commit(setOrientation(project(), orientation)),
    setSettings: (patch: Partial<ProjectSettings>, coalesce?: string) =>
      commit(setSettings(project(), patch), coalesce),
    /** Opens another document: fresh session and history. */
    open: (next: Project) => {
      // What the stage learnt about media URLs holds for any project that uses them.
      const { mediaProblems } = store.getState();
      store.setState({ project: next, ...initialSession(next), mediaProblems });
      store.temporal.getState().clear();
    },
  };
}
