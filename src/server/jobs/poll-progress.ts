import { UpstreamError } from '../upstream/errors';
import type { FollowerOptions } from './follower';
import type { StoredJob } from './job-row';
import { applyProgress } from './progress';
import { toReport, type Envelope } from './progress-answer';

/** Asks AI Studios how a job's render is doing and records the answer; the job as it now is. */
export async function pollProgress(
  o: Pick<FollowerOptions, 'client' | 'store' | 'log' | 'now'>,
  job: StoredJob,
): Promise<StoredJob | undefined> {
  if (!job.projectId) return job;
  try {
    const answer = await o.client.call(
      'GET',
      `/api/odin/v3/editor/progress/${encodeURIComponent(job.projectId)}`,
    );
    const report = toReport(answer.status, answer.body as Envelope | null);
    if (!report) return job;
    const { job: after } = await applyProgress(o.store, job.id, report, o.now(), {
      known: job,
      publish: true,
    });
    return after;
  } catch (cause) {
    // Timeouts, unreachable upstream, refused credentials: keep trying, more slowly.
    o.log.warn(
      { jobId: job.id, kind: cause instanceof UpstreamError ? cause.kind : 'error' },
      'progress poll failed; will retry',
    );
    return job;
  }
}
