import { describeIssue } from '../common/describe-issue';
import i18next from 'i18next';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { exportChromaKey } from '../../api/exports';
import { jobsQuery } from '../../api/jobs';
import type { Job } from '../../domain/schema/job';
import { simpleVideoRequestSchema } from '../../domain/schema/simple';
import type { BatchRow, BatchStore } from '../../store/batch-store';
import { describeError } from '../common/describe-error';

export const jobOfRow = (row: BatchRow, jobs: Job[] | undefined) =>
  row.jobId ? jobs?.find((j) => j.id === row.jobId) : undefined;

/** Whether a row still occupies a slot: being sent, or sent and not finished rendering. */
const isActive = (row: BatchRow, jobs: Job[] | undefined) => {
  if (row.state === 'submitting') return true;
  if (row.state !== 'submitted') return false;
  const job = jobOfRow(row, jobs);
  return !job || job.status === 'queued' || job.status === 'rendering';
};

/**
 * Sends queued rows while fewer than `concurrency` are active. Mounted at the app level so a batch
 * keeps going while the dialog is closed and resumes after a reload (its state is persisted).
 */
/**
 * Only one tab sends batch rows: the one holding a Web Lock. Others wait in the lock's queue and
 * take over when that tab closes. Without Web Locks every tab runs (as before).
 */
function useBatchLeader(): boolean {
  const [leader, setLeader] = useState(() => typeof navigator === 'undefined' || !navigator.locks);
  useEffect(() => {
    if (typeof navigator === 'undefined' || !navigator.locks) return;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    void navigator.locks.request('scenewright.batch-runner', () => {
      setLeader(true);
      return held;
    });
    return () => release();
  }, []);
  return leader;
}

export function useBatchRunner(batch: BatchStore) {
  const state = useStore(batch.store);
  const leader = useBatchLeader();
  const tracked = state.rows.some((r) => r.jobId);
  const rendering = state.running || state.rows.some((r) => r.state === 'submitted');
  // Rows with a job keep showing it (and its download) after the batch ends or the page reloads.
  const jobs = useQuery({
    ...jobsQuery(false),
    enabled: state.running || tracked,
    refetchInterval: rendering ? 1500 : false,
  });
  const inFlight = useRef(new Set<string>());

  useEffect(() => {
    if (!leader) return;
    // A row left 'submitting' by a reload may or may not have reached the server. Sending it again
    // could render (and bill) it twice, so it waits for the user, who can check the job centre.
    for (const r of state.rows)
      if (r.state === 'submitting' && !inFlight.current.has(r.id))
        batch.patchRow(r.id, {
          state: 'error',
          error: i18next.t('batch.closedWhileSending'),
        });
  }, [state.rows, batch, leader]);

  useEffect(() => {
    if (!state.running || !leader) return;
    const list = jobs.data;
    const rows = state.rows;
    let active = rows.filter((r) => isActive(r, list)).length;
    const queued = rows.filter((r) => r.state === 'queued');
    if (queued.length === 0 && active === 0) return void batch.store.setState({ running: false });
    for (const row of queued) {
      if (active >= state.concurrency) break;
      active++;
      const body = simpleVideoRequestSchema.safeParse({
        language: row.language,
        text: row.text,
        model: row.model,
        clothes: row.clothes,
        isExport: true,
      });
      if (!body.success) {
        batch.patchRow(row.id, {
          state: 'error',
          error: describeIssue(body.error.issues[0]),
        });
        continue;
      }
      inFlight.current.add(row.id);
      batch.patchRow(row.id, { state: 'submitting', error: undefined });
      exportChromaKey(body.data)
        .then((data) =>
          batch.patchRow(row.id, { state: 'submitted', jobId: data.jobId, error: undefined }),
        )
        .catch((e: unknown) => batch.patchRow(row.id, { state: 'error', error: describeError(e) }))
        .finally(() => inFlight.current.delete(row.id));
    }
  }, [state, jobs.data, batch, leader]);

  return jobs.data;
}
