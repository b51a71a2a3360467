import { UpstreamError } from '../upstream/errors';
import type { FollowerOptions } from './follower';
import { applyProgress } from './progress';
import { resultLink } from './progress-answer';
import { NOT_CHARGED } from './service';
import type { StoredJob } from './job-row';

interface ProjectAnswer {
  success?: unknown;
  data?: {
    project?: {
      state?: unknown;
      progress?: unknown;
      download_url?: unknown;
      downloadUrl?: unknown;
    };
  };
}

/**
 * Finds out what AI Studios did with an export whose answer was lost, from `GET editor/project/:id`
 * (the projectId was recorded before the export was sent). Exported, rendering or failed there:
 * the job takes that state. Still only saved once the settle time has passed: the export never
 * arrived, so the job fails with "nothing was charged" and the user may send it again. Never resends.
 */
export async function reconcile(
  o: Pick<FollowerOptions, 'store' | 'events' | 'client' | 'log' | 'now' | 'settleMs'>,
  job: StoredJob,
): Promise<StoredJob | undefined> {
  if (!job.projectId) return job;
  let status: number;
  let body: ProjectAnswer | null;
  try {
    const answer = await o.client.call(
      'GET',
      `/api/odin/v3/editor/project/${encodeURIComponent(job.projectId)}`,
    );
    status = answer.status;
    body = answer.body as ProjectAnswer | null;
  } catch (cause) {
    o.log.warn(
      { jobId: job.id, kind: cause instanceof UpstreamError ? cause.kind : 'error' },
      'reconcile: AI Studios did not answer; will ask again',
    );
    return job;
  }
  const now = o.now();
  if (status === 404)
    return settle(
      o,
      job,
      `AI Studios has no project ${job.projectId}: the export was not made and ${NOT_CHARGED}.`,
    );
  const project = body?.success === true ? body.data?.project : undefined;
  if (!project) return job;
  const state = typeof project.state === 'string' ? project.state : '';
  if (state === 'saved' || state === 'draft' || state === '') {
    if (now - (job.sentAt ?? job.updatedAt) < o.settleMs) return job;
    return settle(
      o,
      job,
      `The export did not reach AI Studios (the project is saved there, not exported); ${NOT_CHARGED}. Retry sends it.`,
    );
  }
  const progress = state === 'exported' ? 100 : Number(project.progress ?? 0);
  const { job: after, changed } = await applyProgress(
    o.store,
    job.id,
    { state, progress, downloadUrl: resultLink(project) },
    now,
  );
  if (changed && after) {
    o.log.info({ jobId: job.id, state }, 'reconciled: AI Studios has this export');
    await o.events.publish(after);
  }
  return after;
}

async function settle(o: Pick<FollowerOptions, 'store' | 'events'>, job: StoredJob, error: string) {
  const updated = await o.store.update(job.id, { status: 'failed', error }, ['unknown']);
  if (updated) await o.events.publish(updated);
  return updated ?? (await o.store.summary(job.id));
}
