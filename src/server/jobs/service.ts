import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '../context';
import type { UpstreamAnswer } from '../upstream/client';
import { type StoredJob } from './store';
import { jobKindOf, jobName, rendersUpstream, upstreamBody, type JobEndpoint } from './submit';

interface Created {
  success?: unknown;
  data?: { projectId?: unknown; taskId?: unknown };
}

/**
 * Headers the simulator uses (the browser-facing origin for its asset URLs, fault injection in
 * tests). Nothing of the sort is sent to the real upstream.
 */
export function simulatorHeaders(ctx: ServerContext, request: FastifyRequest): Record<string, string> {
  if (!ctx.simulator) return {};
  const headers: Record<string, string> = {};
  const base = ctx.settings.publicUrl ? new URL(ctx.settings.publicUrl) : undefined;
  headers['x-forwarded-host'] = base?.host ?? request.host;
  headers['x-forwarded-proto'] = base ? base.protocol.replace(':', '') : request.protocol;
  const fault = request.headers['x-sim-fault'];
  if (typeof fault === 'string') headers['x-sim-fault'] = fault;
  return headers;
}

/**
 * Posts a job request upstream and records the job when the upstream accepted it; with `existing`
 * (retry) the same job is reset instead of a new one created. The follower takes it from there.
 */
export async function sendJob(
  ctx: ServerContext,
  endpoint: JobEndpoint,
  userBody: Record<string, unknown>,
  headers: Record<string, string>,
  existing?: StoredJob,
): Promise<{ answer: UpstreamAnswer; job?: StoredJob }> {
  const { body, hookSecret } = upstreamBody(userBody, ctx.settings.publicUrl);
  const answer = await ctx.client.call('POST', endpoint, { body, headers });
  const created = answer.body as Created | null;
  const projectId = created?.data?.projectId;
  if (answer.status >= 300 || created?.success !== true || typeof projectId !== 'string') return { answer };
  const fields = {
    status: rendersUpstream(endpoint, body) ? ('queued' as const) : ('saved' as const),
    projectId,
    taskId: typeof created.data?.taskId === 'string' ? created.data.taskId : null,
    hookSecret: hookSecret ?? null,
  };
  const job = existing
    ? ctx.store.update(existing.id, {
        ...fields, progress: 0, error: null, credit: null, upstreamDownloadUrl: null, lastProgressAt: null, attempts: existing.attempts + 1,
      })
    : ctx.store.create({ ...fields, kind: jobKindOf(endpoint), endpoint, name: jobName(endpoint, userBody), request: userBody });
  if (!job) return { answer };
  if (job.status === 'queued') ctx.follower.follow(job.id);
  ctx.events.emit(job);
  return { answer, job };
}
