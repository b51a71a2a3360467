import { build } from '../domain/build';
import { makeId } from '../domain/ids';
import type { Project } from '../domain/project';
import { createCommands } from './commands';
import { createEditorStore } from './editor-store';
import type { Editor } from './editor-context';

const randomId = (prefix: string) => makeId(prefix, Math.random);

export function createEditor(project?: Project): Editor {
  const store = createEditorStore(project ? { project } : {});
  const commands = createCommands(store, { newId: randomId });
  return { store, commands };
}

/** The read-only scripting hook, `window.scenewright`: copies, never live references. */
export function createScriptingHook(
  editor: Editor,
  stage: () => {
    designToClient: (x: number, y: number) => { x: number; y: number };
    objectSize: (clipId: string) => { width: number; height: number } | null;
  } | null,
) {
  return Object.freeze({
    /** Page coordinates of a design-space point on the stage (for scripted pointer input). */
    clientPoint: (x: number, y: number) => stage()?.designToClient(x, y) ?? null,
    /** The size the stage draws a clip at (a text's rendered height), null when not shown. */
    objectSize: (clipId: string) => stage()?.objectSize(clipId) ?? null,
    undoDepth: () => editor.store.temporal.getState().pastStates.length,
    getProject: () => structuredClone(editor.store.getState().project),
    getRequest: () => build(editor.store.getState().project),
    getSelection: () => [...editor.store.getState().selection],
    getActiveSceneId: () => editor.store.getState().activeSceneId,
    canUndo: () => editor.store.temporal.getState().pastStates.length > 0,
  });
}
