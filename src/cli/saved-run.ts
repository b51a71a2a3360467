import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newRunState, type RunRow, type RunState } from '../merge/run';
import { freshAttempt, rowKey } from './row-identity';

/** Kept in the output folder: each row's key and job, written before every send. */
export const RUN_FILE = '.scenewright-run.json';

interface SavedRow extends RunRow {
  identity: string;
}

interface SavedRun {
  version: 1;
  /** The server the jobs are on; another server's jobs cannot be followed. */
  server: string;
  rows: SavedRow[];
}

export function readSavedRun(outDir: string, server: string): SavedRow[] {
  const file = join(outDir, RUN_FILE);
  if (!existsSync(file)) return [];
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedRun;
    return saved.version === 1 && saved.server === server && Array.isArray(saved.rows)
      ? saved.rows
      : [];
  } catch {
    // Unreadable (cut short by a crash): the derived keys still stop a second payment.
    return [];
  }
}

/** Written aside and renamed, so a run stopped mid-write leaves the previous file whole. */
export function writeSavedRun(
  outDir: string,
  server: string,
  state: RunState,
  identityOf: ReadonlyMap<number, string>,
) {
  const rows = state.rows.map((r): SavedRow => ({
    identity: identityOf.get(r.rowNumber)!,
    rowNumber: r.rowNumber,
    status: r.status,
    ...(r.key && { key: r.key }),
    ...(r.jobId && { jobId: r.jobId }),
    ...(r.projectId && { projectId: r.projectId }),
    ...(r.error && { error: r.error }),
  }));
  const file = join(outDir, RUN_FILE);
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, JSON.stringify({ version: 1, server, rows } satisfies SavedRun));
  renameSync(partial, file);
}

/** Money-relevant fields only: progress ticks do not rewrite the file. */
export const savedShape = (state: RunState) =>
  state.rows.map((r) => `${r.status}|${r.key ?? ''}|${r.jobId ?? ''}`).join('\n');

/** A saved row as this run starts it: nothing it already paid for is paid again. */
function resumeRow(rowNumber: number, identity: string, saved: SavedRow): RunRow {
  const { key, jobId, projectId } = saved;
  if (jobId && saved.status !== 'failed')
    // Sent (maybe finished): followed again, and its video downloaded into this folder.
    return { rowNumber, status: 'queued', key, jobId, projectId };
  // Its job failed: running the command again is asking for a new render of it.
  if (jobId) return { rowNumber, status: 'waiting', key: rowKey(identity, `after-${jobId}`) };
  // Maybe arrived unanswered: sent again under its key, the server answers with the first job.
  if (key && (saved.status === 'sending' || saved.status === 'failed'))
    return { rowNumber, status: 'waiting', key };
  if (saved.status === 'failed')
    return { rowNumber, status: 'waiting', key: rowKey(identity, freshAttempt()) };
  return { rowNumber, status: 'waiting', key: key ?? rowKey(identity) };
}

/**
 * The run this command starts from. Rows are matched to the saved run by what they send (a changed
 * row is a new export under a new key); `renderAgain` ignores the saved run and derives new keys.
 */
export function startingState(
  identityOf: ReadonlyMap<number, string>,
  saved: readonly SavedRow[],
  renderAgain = false,
): { state: RunState; resumed: number } {
  const byIdentity = new Map(saved.map((r) => [r.identity, r]));
  const attempt = renderAgain ? freshAttempt() : '';
  let resumed = 0;
  const state = newRunState([...identityOf.keys()]);
  state.rows = state.rows.map((row) => {
    const identity = identityOf.get(row.rowNumber)!;
    const before = renderAgain ? undefined : byIdentity.get(identity);
    if (!before) return { ...row, key: rowKey(identity, attempt) };
    if (before.key || before.jobId) resumed += 1;
    return resumeRow(row.rowNumber, identity, before);
  });
  return { state, resumed };
}
