import i18next from 'i18next';
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Job } from '../../domain/schema/job';
import { jobOfRow } from '../../store/batch-runner';
import type { BatchRow, BatchState, BatchStore } from '../../store/batch-store';

/** What the live region says of a batch at one moment: its rows, their jobs, whether it runs. */
export interface BatchMoment {
  state: BatchState;
  jobs: readonly Job[] | undefined;
}

type Outcome = { kind: 'done' } | { kind: 'failed'; reason: string } | { kind: 'cancelled' };

/** How a row ended, or undefined while it is a draft, waiting or rendering. */
function outcomeOf(row: BatchRow, jobs: readonly Job[] | undefined): Outcome | undefined {
  if (row.state === 'error') return { kind: 'failed', reason: row.error ?? '' };
  if (row.state === 'cancelled') return { kind: 'cancelled' };
  const job = row.state === 'submitted' ? jobOfRow(row, jobs) : undefined;
  if (job?.status === 'done') return { kind: 'done' };
  if (job?.status === 'failed') return { kind: 'failed', reason: job.error ?? '' };
  return undefined;
}

const t = i18next.t;
const rowMessage = (row: number, outcome: Outcome) =>
  outcome.kind === 'failed'
    ? t('a11y.batch.rowFailed', { row, reason: outcome.reason })
    : t(outcome.kind === 'done' ? 'a11y.batch.rowDone' : 'a11y.batch.rowCancelled', { row });

/** What changed between two moments of a batch, in words: its start, each row's end, its end. */
export function batchNews(before: BatchMoment, after: BatchMoment): string {
  const said: string[] = [];
  const queued = (m: BatchMoment) => m.state.rows.filter((r) => r.state === 'queued').length;
  const started = queued(after) > queued(before) && after.state.running;
  if (started) said.push(t('a11y.batch.started', { count: queued(after) }));
  // A row whose job the list did not hold yet (just after a reload) had no known state to leave.
  const earlier = new Map(
    before.state.rows
      .filter((r) => r.state !== 'submitted' || jobOfRow(r, before.jobs))
      .map((r) => [r.id, outcomeOf(r, before.jobs)?.kind ?? 'pending']),
  );
  const outcomes = after.state.rows.map((r) => outcomeOf(r, after.jobs));
  after.state.rows.forEach((row, i) => {
    const outcome = outcomes[i];
    const was = earlier.get(row.id);
    if (outcome && was && was !== outcome.kind) said.push(rowMessage(i + 1, outcome));
  });
  const cancelled = outcomes.some((o) => o?.kind === 'cancelled');
  if (before.state.running && !after.state.running && !cancelled && !started)
    said.push(
      t('a11y.batch.finished', {
        done: outcomes.filter((o) => o?.kind === 'done').length,
        failed: outcomes.filter((o) => o?.kind === 'failed').length,
      }),
    );
  return said.join('. ');
}

/** Speaks a batch's progress wherever the user is (the batch runs with its dialog closed). */
export function useBatchAnnouncements(
  batch: BatchStore,
  jobs: readonly Job[] | undefined,
  announce: (message: string) => void,
) {
  const state = useStore(batch.store);
  const previous = useRef<BatchMoment>({ state, jobs });
  const unsaid = useRef<string[]>([]);
  useEffect(() => {
    const news = batchNews(previous.current, { state, jobs });
    previous.current = { state, jobs };
    if (!news) return;
    // A row's end and the batch's end come in one task (the runner ends the run as the last job
    // ends): said together, or the live region would only show the second.
    if (unsaid.current.length === 0)
      queueMicrotask(() => announce(unsaid.current.splice(0).join('. ')));
    unsaid.current.push(news);
  }, [announce, state, jobs]);
}
