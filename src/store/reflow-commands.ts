import { reflowProject, type MeasureTextHeight, type ReflowResult } from '../domain/reflow';
import type { Project } from '../domain/project';
import type { Orientation } from '../domain/schema/common';
import type { EditorStore } from './editor-store';

type Commit = (next: Project, coalesce?: string) => boolean;

/** Reflow between orientations: previewed without touching the document, applied as one step. */
export function createReflowCommands(store: EditorStore, commit: Commit) {
  const preview = (to: Orientation, measure: MeasureTextHeight): ReflowResult =>
    reflowProject(store.getState().project, to, measure);
  return {
    preview,
    /** Switches orientation and lays every scene out for it: one undo step restores all. */
    apply: (to: Orientation, measure: MeasureTextHeight): ReflowResult => {
      const result = preview(to, measure);
      commit(result.project);
      return result;
    },
  };
}
