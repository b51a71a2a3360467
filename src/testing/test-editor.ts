import { build } from '../domain/build';
import { parse } from '../domain/parse';
import type { Project } from '../domain/project';
import { createCommands } from '../store/commands';
import { createEditorStore } from '../store/editor-store';
import { selectActiveScene } from '../store/selectors';

/** A headless editor: the same store and commands the UI uses, with a manual clock and counter ids. */
export function createTestEditor(options: { project?: Project; request?: unknown } = {}) {
  let time = 0;
  let counter = 0;
  let project = options.project;
  if (options.request !== undefined) {
    const parsed = parse(options.request);
    if (!parsed.ok) throw parsed.error;
    project = parsed.project;
  }
  const store = createEditorStore(project ? { project } : {});
  const commands = createCommands(store, {
    now: () => time,
    newId: (prefix) => `${prefix}-${(++counter).toString(36).padStart(11, '0')}`,
  });
  return {
    store,
    commands,
    /** Moves the clock so that the next edit starts a new undo step. */
    tick: (ms = 5000) => {
      time += ms;
    },
    project: () => store.getState().project,
    request: () => build(store.getState().project),
    scene: () => selectActiveScene(store.getState())!,
    clip: (id: string) => selectActiveScene(store.getState())!.clips.find((c) => c.id === id)!,
    undoDepth: () => store.temporal.getState().pastStates.length,
  };
}
