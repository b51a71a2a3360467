import type { JobStatus } from '../../domain/schema/job';
import type { StoredJob } from './job-row';
import type { JobStore } from './store';

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
export const isFailedState = (state: unknown) =>
  typeof state === 'string' && FAILED_STATES.has(state.toLowerCase());

export const FINAL: readonly JobStatus[] = ['done', 'failed', 'saved'];
export const isFinished = (job: Pick<StoredJob, 'status'>) => FINAL.includes(job.status);
/** A report can move a job that AI Studios may be rendering: sent, accepted, stalled or unknown. */
const MOVABLE: readonly JobStatus[] = ['submitting', 'queued', 'rendering', 'stalled', 'unknown'];

export interface ApplyOptions {
  /** The job as the caller just read it: no read here; the write applies only if it still is so. */
  known?: StoredJob;
  /** Announce the change (NOTIFY) in the statement that writes it. */
  publish?: boolean;
}

/**
 * Applies a report to a job: progress only grows, a finished job stays finished, `lastProgressAt`
 * moves only when progress does. A report about a job whose outcome was unknown settles it: AI
 * Studios is rendering it. Returns the job as it now is and whether this call changed it.
 */
export async function applyProgress(
  store: JobStore,
  jobId: string,
  report: ProgressReport,
  now: number,
  options: ApplyOptions = {},
): Promise<{ job?: StoredJob; changed: boolean }> {
  const job = options.known ?? (await store.summary(jobId));
  if (!job || !MOVABLE.includes(job.status)) return { job, changed: false };
  const patch: Parameters<JobStore['update']>[1] = {};
  if (report.failed || isFailedState(report.state)) {
    patch.status = 'failed';
    patch.error = report.error ?? 'AI Studios reported that the render failed.';
  } else {
    const progress =
      typeof report.progress === 'number' && Number.isFinite(report.progress)
        ? Math.min(100, Math.max(0, report.progress))
        : undefined;
    if (progress !== undefined && progress > job.progress) {
      patch.progress = progress;
      patch.lastProgressAt = now;
      if (job.status === 'stalled') patch.status = 'rendering';
    }
    if (
      (job.status === 'queued' || job.status === 'unknown' || job.status === 'submitting') &&
      ((progress ?? 0) > 0 || report.state === 'rendering')
    )
      patch.status = 'rendering';
    else if (job.status === 'unknown') patch.status = 'queued';
    if (report.downloadUrl && (progress ?? job.progress) >= 100) {
      patch.status = 'done';
      patch.progress = 100;
      patch.upstreamDownloadUrl = report.downloadUrl;
      patch.error = null;
    }
    if (patch.status && job.status !== 'submitting') patch.stage = null;
  }
  if (typeof report.credit === 'number' && report.credit !== job.credit)
    patch.credit = report.credit;
  if (Object.keys(patch).length === 0) return { job, changed: false };
  // Conditional on the state the patch was computed from (status and progress).
  const updated = await store.update(jobId, { ...patch, updatedAt: now }, [job.status], {
    publish: options.publish,
    progressWas: job.progress,
  });
  if (updated) return { job: updated, changed: true };
  // The caller's copy was stale: apply the report to the job as it now is.
  if (options.known)
    return applyProgress(store, jobId, report, now, { ...options, known: undefined });
  // Someone else moved it first: their state stands; read it back.
  return { job: await store.summary(jobId), changed: false };
}
