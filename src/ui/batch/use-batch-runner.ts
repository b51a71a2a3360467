import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { jobsQuery, useJobEvents } from '../../api/jobs';
import type { Job } from '../../domain/schema/job';
import { isActiveRow, type BatchRunner } from '../../store/batch-runner';
import type { BatchStore } from '../../store/batch-store';

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

/**
 * Drives the batch runner (store/batch-runner) from React: a pass on every change of the rows or
 * the job list. Mounted at the app level so a batch keeps going while the dialog is closed and
 * resumes after a reload (its state is persisted).
 */
export function useBatchRunner(batch: BatchStore, runner: BatchRunner) {
  const state = useStore(batch.store);
  const leader = useBatchLeader();
  const tracked = state.rows.some((r) => r.jobId);
  // While rows render, the server's event stream keeps the job list fresh; the list is polled
  // only when the stream is down (a batch of hundreds would fetch every job every 1.5 s). Once
  // every row's job has ended, neither goes on.
  const [live, setLive] = useState(false);
  const renderingWith = (jobs: readonly Job[] | undefined) =>
    state.running || state.rows.some((r) => isActiveRow(r, jobs));
  // Rows with a job keep showing it (and its download) after the batch ends or the page reloads.
  const jobs = useQuery({
    ...jobsQuery(false),
    enabled: state.running || tracked,
    refetchInterval: (query) => (renderingWith(query.state.data) && !live ? 1500 : false),
  });
  useJobEvents(setLive, renderingWith(jobs.data));

  useEffect(() => {
    if (leader) runner.recoverInterrupted();
  }, [state.rows, runner, leader]);

  useEffect(() => {
    if (leader) runner.step(jobs.data);
  }, [state, jobs.data, runner, leader]);

  return jobs.data;
}
