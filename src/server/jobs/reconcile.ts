import { UpstreamError } from '../upstream/errors';
import type { FollowerOptions } from './follower';
import { applyProgress, isFailedState } from './progress';
import { resultLink } from './progress-answer';
import { NOT_CHARGED } from './send-answers';
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

type Asker = Pick<FollowerOptions, 'client' | 'log'>;

/** What AI Studios says of a project: gone (404), only saved, past saved (with its progress), or
 * nothing readable (undefined: ask again later). */
type ProjectFinding =
  | { kind: 'gone' }
  | { kind: 'saved' }
  | { kind: 'exporting'; state: string; progress: number; downloadUrl: string | null };

async function askAbout(o: Asker, job: StoredJob): Promise<ProjectFinding | undefined> {
  let status: number;
  let body: ProjectAnswer | null;
  try {
    const answer = await o.client.call(
      'GET',
      `/api/odin/v3/editor/project/${encodeURIComponent(job.projectId!)}`,
    );
    status = answer.status;
    body = answer.body as ProjectAnswer | null;
  } catch (cause) {
    o.log.warn(
      { jobId: job.id, kind: cause instanceof UpstreamError ? cause.kind : 'error' },
      'reconcile: AI Studios did not answer; will ask again',
    );
    return undefined;
  }
  if (status === 404) return { kind: 'gone' };
  const project = body?.success === true ? body.data?.project : undefined;
  if (!project) return undefined;
  const state = typeof project.state === 'string' ? project.state : '';
  if (state === 'saved' || state === 'draft' || state === '') return { kind: 'saved' };
  const progress = state === 'exported' ? 100 : Number(project.progress ?? 0);
  return { kind: 'exporting', state, progress, downloadUrl: resultLink(project) };
}

/** The job takes the state AI Studios reports for its export, if it can still move. */
async function adopt(
  o: Pick<FollowerOptions, 'store' | 'events' | 'log' | 'now'>,
  job: StoredJob,
  found: Extract<ProjectFinding, { kind: 'exporting' }>,
) {
  const { job: after, changed } = await applyProgress(o.store, job.id, found, o.now());
  if (changed && after) {
    o.log.info({ jobId: job.id, state: found.state }, 'reconciled: AI Studios has this export');
    await o.events.publish(after);
  }
  return after;
}

/**
 * Finds out what AI Studios did with an export whose answer was lost, from `GET editor/project/:id`
 * (the projectId was recorded before the export was sent). Exported, rendering or failed there:
 * the job takes that state. Still only saved once the settle time has passed: the export never
 * arrived, so the job fails with "nothing was charged" and the user may send it again (a retry
 * asks once more first: `exportedMeanwhile`). Never resends.
 */
export async function reconcile(
  o: Pick<FollowerOptions, 'store' | 'events' | 'client' | 'log' | 'now' | 'settleMs'>,
  job: StoredJob,
): Promise<StoredJob | undefined> {
  if (!job.projectId) return job;
  const found = await askAbout(o, job);
  if (!found) return job;
  if (found.kind === 'gone')
    return settle(
      o,
      job,
      `AI Studios has no project ${job.projectId}: the export was not made and ${NOT_CHARGED}.`,
    );
  if (found.kind === 'saved') {
    if (o.now() - (job.sentAt ?? job.updatedAt) < o.settleMs) return job;
    return settle(
      o,
      job,
      `The export did not reach AI Studios (the project is saved there, not exported); ${NOT_CHARGED}. Retry sends it.`,
    );
  }
  return adopt(o, job, found);
}

/**
 * Before a failed job whose project was made is sent again: whether AI Studios has its export
 * after all (an answer lost and judged "never arrived", an export that arrived late). Then the job
 * takes that state (`found`) and nothing is sent; 'absent' when the project is only saved, gone or
 * its render failed;
 * undefined when AI Studios could not be asked, so nothing may be sent yet.
 */
export async function exportedMeanwhile(
  o: Pick<FollowerOptions, 'store' | 'events' | 'client' | 'log' | 'now'>,
  job: StoredJob,
): Promise<{ found: StoredJob } | 'absent' | undefined> {
  if (!job.projectId) return 'absent';
  const found = await askAbout(o, job);
  if (!found) return undefined;
  // Only saved, gone, or its render failed there: sending again is what the user asked for.
  if (found.kind !== 'exporting' || isFailedState(found.state)) return 'absent';
  // A failed job cannot move: it is `unknown` again (if still failed), then takes AI Studios' state.
  const reopened = await o.store.update(job.id, { status: 'unknown', error: null }, ['failed']);
  if (!reopened) return undefined;
  const after = await adopt(o, reopened, found);
  return after ? { found: after } : undefined;
}

async function settle(o: Pick<FollowerOptions, 'store' | 'events'>, job: StoredJob, error: string) {
  const updated = await o.store.update(job.id, { status: 'failed', error }, ['unknown']);
  if (updated) await o.events.publish(updated);
  return updated ?? (await o.store.summary(job.id));
}
