import { build } from '../build';
import { validateRequest } from '../preflight/index';
import type { PreflightIssue, PreflightOptions } from '../preflight/types';
import type { Project } from '../project';
import type { TextClip } from '../schema/clips';
import type { EditorProjectRequest } from '../schema/request';
import { projectSeconds } from '../speech';
import { applyRow, type VoiceChoice } from './apply';
import { mergeIssue, placeholderOf } from './messages';
import { overflowIssues, type MeasureText } from './overflow';
import { columnKey, type DataRow, type MergeSpec } from './spec';
import { containsPlaceholder } from './variables';

export type { MeasureText } from './overflow';

/** A finding about one row; preflight findings keep their codes, merge ones start with `merge.`. */
export interface RowIssue extends PreflightIssue {
  column?: string;
}

export interface RowReport {
  row: DataRow;
  /** The request this row would send; absent only when the merged project is not even schema-valid. */
  request?: EditorProjectRequest;
  issues: RowIssue[];
  /** Any error blocks the row: it is not sent unless forced (and never with `{{…}}` left in it). */
  blocked: boolean;
  /** A placeholder is left; not even force sends this row. */
  unsendable: boolean;
  /** Estimated length of the video from its scripts. */
  seconds: number;
  /** The merged project, for the contact sheet and the read-only row view. */
  project: Project;
}

export interface MergeOptions {
  preflight?: PreflightOptions;
  /** The stage's text measurement (src/canvas); without it overflow is not checked. */
  measureText?: MeasureText;
  voices?: readonly VoiceChoice[];
}

/** Text clips whose text holds a variable: only these can overflow because of a row. */
const variableTextClips = (project: Project) =>
  new Set(
    project.scenes.flatMap((s) =>
      s.clips
        .filter((c): c is TextClip => c.type === 'textImage' && c.text.includes('{{'))
        .map((c) => c.id),
    ),
  );

/** Project + one row -> the request and everything that stands between it and a good video. */
export function mergeRow(
  project: Project,
  spec: MergeSpec,
  row: DataRow,
  options: MergeOptions = {},
  textClips = variableTextClips(project),
): RowReport {
  const applied = applyRow(project, spec, row, options.voices);
  const issues: RowIssue[] = [];
  for (const name of applied.unfilled)
    issues.push(
      mergeIssue(
        'error',
        'merge.unfilled',
        { variable: placeholderOf(name), row: row.number },
        { column: name },
      ),
    );
  for (const p of applied.problems)
    issues.push(
      mergeIssue(
        'error',
        'merge.binding',
        { column: p.column, value: p.value },
        { column: p.column },
      ),
    );
  const request = build(applied.project);
  const unsendable = applied.unfilled.length > 0 || containsPlaceholder(request);
  if (unsendable && applied.unfilled.length === 0)
    issues.push(
      mergeIssue('error', 'merge.placeholder', {
        row: row.number,
        placeholder: placeholderOf('…'),
      }),
    );
  const checked = validateRequest(request, options.preflight);
  issues.push(...checked.issues);
  if (options.measureText)
    issues.push(...overflowIssues(applied.project, textClips, options.measureText, row.number));
  return {
    row,
    request: checked.request,
    issues,
    blocked: unsendable || issues.some((i) => i.severity === 'error'),
    unsendable,
    seconds: projectSeconds(applied.project),
    project: applied.project,
  };
}

/**
 * Checks rows one at a time, in order, flagging a row that repeats an earlier one (same values in
 * every column the merge reads): callers that must stay responsive check a slice, then yield.
 */
export function createRowChecker(
  project: Project,
  spec: MergeSpec,
  options: MergeOptions = {},
  usedColumns?: readonly string[],
): (row: DataRow) => RowReport {
  const textClips = variableTextClips(project);
  const seen = new Map<string, number>();
  const keys = usedColumns?.map(columnKey);
  return (row) => {
    const report = mergeRow(project, spec, row, options, textClips);
    const normal = Object.entries(row.values).map(
      ([k, v]) => [columnKey(k), (v ?? '').trim()] as const,
    );
    const key = JSON.stringify(
      keys ? keys.map((k) => normal.find(([c]) => c === k)?.[1] ?? '') : normal.sort(),
    );
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.number);
    else report.issues.push(mergeIssue('warning', 'merge.duplicate', { row: row.number, first }));
    return report;
  };
}

/** Every row, plus duplicates flagged on the later row. */
export function mergeRows(
  project: Project,
  spec: MergeSpec,
  rows: readonly DataRow[],
  options: MergeOptions = {},
  usedColumns?: readonly string[],
): RowReport[] {
  return rows.map(createRowChecker(project, spec, options, usedColumns));
}

/**
 * An estimate only: AI Studios publishes no rate; its simulator (and, we believe, the service)
 * charges one credit per started minute of video.
 */
export const estimateCredits = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** Totals before a run: what will be sent, how long it is, and roughly what it costs. */
/**
 * The rows a run sends: those that passed every check, or (forced) every row that can be sent at
 * all: one with a request and no `{{…}}` left in it. The editor, the command line and the totals
 * all choose by this.
 */
export const sendableRows = (reports: readonly RowReport[], force = false) =>
  reports.filter((r) => r.request !== undefined && !r.unsendable && (force || !r.blocked));

export function summarise(reports: readonly RowReport[], force = false) {
  const sendable = sendableRows(reports, force);
  return {
    rows: reports.length,
    sendable: sendable.length,
    blocked: reports.filter((r) => r.blocked).length,
    seconds: Math.round(sendable.reduce((s, r) => s + r.seconds, 0) * 10) / 10,
    credits: sendable.reduce((s, r) => s + estimateCredits(r.seconds), 0),
  };
}
