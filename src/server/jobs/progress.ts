import type { JobEvents } from './events';
import type { JobStore, StoredJob } from './store';

/** What one progress answer or webhook delivery says about a job. */
export interface ProgressReport {
  progress?: number;
  state?: string;
  downloadUrl?: string | null;
  credit?: number;
  failed?: boolean;
  error?: string;
}

const FAILED_STATES = new Set(['failed', 'fail', 'error', 'canceled', 'cancelled']);
export const isFailedState = (state: unknown) => typeof state === 'string' && FAILED_STATES.has(state.toLowerCase());

const finished = (job: StoredJob) => job.status === 'done' || job.status === 'failed' || job.status === 'saved';

/**
 * Applies a report to a job: progress only grows, a finished job stays finished, `lastProgressAt`
 * moves only when progress does (the UI derives "stalled" from it). Emits when anything changed.
 */
export function applyProgress(store: JobStore, events: JobEvents, jobId: string, report: ProgressReport, now = Date.now()): StoredJob | undefined {
  const job = store.get(jobId);
  if (!job || finished(job)) return job;
  const patch: Parameters<JobStore['update']>[1] = {};
  if (report.failed || isFailedState(report.state)) {
    patch.status = 'failed';
    patch.error = report.error ?? 'AI Studios reported that the render failed.';
  } else {
    const progress = typeof report.progress === 'number' && Number.isFinite(report.progress) ? Math.min(100, Math.max(0, report.progress)) : undefined;
    if (progress !== undefined && progress > job.progress) {
      patch.progress = progress;
      patch.lastProgressAt = now;
    }
    if (job.status === 'queued' && ((progress ?? 0) > 0 || report.state === 'rendering')) patch.status = 'rendering';
    if (report.downloadUrl && (progress ?? job.progress) >= 100) {
      patch.status = 'done';
      patch.progress = 100;
      patch.upstreamDownloadUrl = report.downloadUrl;
      patch.error = null;
    }
  }
  if (typeof report.credit === 'number' && report.credit !== job.credit) patch.credit = report.credit;
  if (Object.keys(patch).length === 0) return job;
  const updated = store.update(jobId, { ...patch, updatedAt: now });
  if (updated) events.emit(updated);
  return updated;
}

export const isFinished = finished;
