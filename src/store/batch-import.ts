import type { Job } from '../domain/schema/job';
import { isActiveRow } from './batch-runner';
import type { BatchRow, BatchStore } from './batch-store';

/**
 * A CSV imported into the batch. While any row is being sent or rendering, the rows already sent
 * stay (at the top, in their order): they are paid for, and their videos belong in this batch's
 * Download all. The rows not sent yet cost nothing and give way to the file, as when the batch is
 * idle, where the import starts a new batch. Refusing would block imports for the minutes a render
 * takes, and appending would quietly keep rows the producer meant to replace.
 */
export function importBatchRows(
  batch: BatchStore,
  rows: Partial<BatchRow>[],
  jobs: readonly Job[] | undefined,
): { imported: number; kept: number } {
  const current = batch.store.getState().rows;
  const inProgress = current.some((r) => isActiveRow(r, jobs));
  // A row holding its key may have reached the server unanswered: it counts as sent.
  const keep = inProgress ? current.filter((r) => r.state === 'submitted' || r.key) : [];
  batch.replaceRows(rows, keep);
  return { imported: rows.length, kept: keep.length };
}
