import { build } from '../domain/build';
import type { IdSource } from '../domain/ids';
import type { Project } from '../domain/project';
import { createCommands } from './commands';
import { createEditorStore } from './editor-store';
import type { Editor } from './editor-context';

export function createEditor({ newId, project }: { newId: IdSource; project?: Project }): Editor {
  const store = createEditorStore(project ? { project } : {});
  const commands = createCommands(store, { newId });
  return { store, commands };
}

/** The read-only scripting hook, `window.scenewright`: copies, never live references. */
export function createScriptingHook(
  editor: Editor,
  stage: () => {
    designToClient: (x: number, y: number) => { x: number; y: number };
    clipOpacity?: (clipId: string) => number | null;
    objectSize: (clipId: string) => { width: number; height: number } | null;
    stats?: () => {
      syncs: number;
      renders: number;
      snapshots: number;
      built: number;
      loading: number;
      held: number;
    };
  } | null,
) {
  return Object.freeze({
    /** Page coordinates of a design-space point on the stage (for scripted pointer input). */
    clientPoint: (x: number, y: number) => stage()?.designToClient(x, y) ?? null,
    /** The size the stage draws a clip at (a text's rendered height), null when not shown. */
    objectSize: (clipId: string) => stage()?.objectSize(clipId) ?? null,
    /** The stage's work counts so far (renders per edit in tests and the bench). */
    stageStats: () => stage()?.stats?.() ?? null,
    undoDepth: () => editor.store.temporal.getState().pastStates.length,
    getProject: () => structuredClone(editor.store.getState().project),
    getRequest: () => build(editor.store.getState().project),
    getSelection: () => [...editor.store.getState().selection],
    getActiveSceneId: () => editor.store.getState().activeSceneId,
    canUndo: () => editor.store.temporal.getState().pastStates.length > 0,
    /** The preview: where it is, and how opaque the stage draws a clip right now (0–1). */
    getPlayback: () => {
      const { open, playing } = editor.commands.playback.store.getState();
      const { time, sceneId } = editor.commands.playback.current();
      const total = editor.commands.playback.timeline().total;
      return {
        open,
        playing,
        time,
        total,
        sceneId,
        clipOpacity: (clipId: string) => stage()?.clipOpacity?.(clipId) ?? null,
      };
    },
  });
}
