import { build } from '../domain/build';
import { parse } from '../domain/parse';
import type { Project } from '../domain/project';
import { createCommands } from '../store/commands';
import { createEditorStore } from '../store/editor-store';
import { selectActiveScene } from '../store/selectors';

/** A headless editor: the same store and commands the UI uses, with counter ids. */
export function createTestEditor(options: { project?: Project; request?: unknown } = {}) {
  let counter = 0;
  let project = options.project;
  if (options.request !== undefined) {
    const parsed = parse(options.request);
    if (!parsed.ok) throw parsed.error;
    project = parsed.project;
  }
  const store = createEditorStore(project ? { project } : {});
  const commands = createCommands(store, {
    newId: (prefix) => `${prefix}-${(++counter).toString(36).padStart(11, '0')}`,
  });
  return {
    store,
    commands,
    /** Ends whatever gesture is open, so that the next edit starts a new undo step. */
    tick: () => commands.gestures.endAll(),
    /** Runs `edits` inside one gesture (a focused field from focus to blur, a held key). */
    gesture: (reason: string, edits: () => void) => {
      commands.gestures.begin(reason);
      edits();
      commands.gestures.end(reason);
    },
    project: () => store.getState().project,
    request: () => build(store.getState().project),
    scene: () => selectActiveScene(store.getState())!,
    clip: (id: string) => selectActiveScene(store.getState())!.clips.find((c) => c.id === id)!,
    undoDepth: () => store.temporal.getState().pastStates.length,
  };
}
