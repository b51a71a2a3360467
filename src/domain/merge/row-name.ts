import { DEFAULT_PROJECT_NAME, type Project } from '../project';
import { columnKey, type MergeSpec } from './spec';
import { variableNames, variablesIn } from './variables';

const SHORT_VALUE = 24;

const shorten = (value: string) =>
  value.length > SHORT_VALUE ? `${value.slice(0, SHORT_VALUE - 1).trimEnd()}…` : value;

/**
 * The name of a row's project when the design's name holds no variable: every row's job would
 * otherwise carry the same name in Jobs, and a failed one could not be traced to its data. The
 * row number, and the first value the row fills in (a variable's column, else a binding's).
 */
export function rowProjectName(
  project: Project,
  spec: MergeSpec,
  rowNumber: number,
  /** The row's non-blank cells by normalised column (`cellsOf`). */
  cells: ReadonlyMap<string, string>,
): string {
  const base = project.name?.trim() || DEFAULT_PROJECT_NAME;
  const columns = [
    ...variableNames(project).map(
      (name) => spec.variables.find((v) => columnKey(v.name) === columnKey(name))?.column ?? name,
    ),
    ...spec.bindings.map((b) => b.column),
  ];
  const value = columns.map((c) => cells.get(columnKey(c))).find(Boolean);
  return `${base} · row ${rowNumber}${value ? ` · ${shorten(value)}` : ''}`;
}

/** Whether the design's name already differs per row. */
export const nameHoldsVariable = (project: Project) => variablesIn(project.name).length > 0;
