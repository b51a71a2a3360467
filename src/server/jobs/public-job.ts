import type { Job } from '../../domain/schema/job';
import type { StoredJob } from './job-row';

/** The browser's view: no hook secret, no upstream URL (downloads go through the server). */
export function toPublic(job: StoredJob, withRequest = true): Job {
  return {
    id: job.id,
    kind: job.kind,
    name: job.name,
    status: job.status,
    progress: job.progress,
    projectId: job.projectId,
    taskId: job.taskId,
    credit: job.credit,
    error: job.error,
    downloadUrl: job.status === 'done' ? `/api/jobs/${encodeURIComponent(job.id)}/download` : null,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    lastProgressAt: job.lastProgressAt,
    attempts: job.attempts,
    ...(withRequest ? { request: job.request } : {}),
  };
}
