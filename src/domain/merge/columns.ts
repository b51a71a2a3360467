import type { Project } from '../project';
import { columnKey, type Binding, type MergeSpec } from './spec';
import { variableNames } from './variables';

export interface ColumnMatch {
  /** Columns the project reads (variables and bindings), by their name in the data. */
  used: string[];
  /** Columns the project needs that the data lacks: variables without a default, and bindings. */
  missing: { column: string; for: string; blocking: boolean; binding?: Binding['kind'] }[];
  /** Data columns nothing in the project reads (a typo in a header shows up here). */
  unknown: string[];
}

/** The columns each variable reads: its declared column, else its own name. */
export function variableColumns(
  project: Project,
  spec: MergeSpec,
): { variable: string; column: string; hasDefault: boolean }[] {
  const decls = new Map(spec.variables.map((v) => [columnKey(v.name), v]));
  return variableNames(project).map((variable) => {
    const decl = decls.get(columnKey(variable));
    return { variable, column: decl?.column ?? variable, hasDefault: decl?.default !== undefined };
  });
}

/** Matches the data's header against what the project reads, naming unknown and missing columns. */
export function matchColumns(
  project: Project,
  spec: MergeSpec,
  header: readonly string[],
): ColumnMatch {
  const have = new Map(header.map((h) => [columnKey(h), h]));
  const wanted = [
    ...variableColumns(project, spec).map((v) => ({
      column: v.column,
      for: `{{${v.variable}}}`,
      blocking: !v.hasDefault,
    })),
    ...spec.bindings.map((b) => ({
      column: b.column,
      for: b.kind === 'media' ? 'a media binding' : `the ${b.kind}`,
      blocking: false,
      binding: b.kind,
    })),
  ];
  const wantedKeys = new Set(wanted.map((w) => columnKey(w.column)));
  const used = [
    ...new Set(
      wanted.flatMap((w) => {
        const h = have.get(columnKey(w.column));
        return h === undefined ? [] : [h];
      }),
    ),
  ];
  const missing = wanted.filter((w) => !have.has(columnKey(w.column)));
  const unknown = header.filter((h) => h.trim() !== '' && !wantedKeys.has(columnKey(h)));
  return { used, missing, unknown };
}
