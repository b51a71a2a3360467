import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '../context';
import type { UpstreamAnswer } from '../upstream/client';
import { UpstreamError } from '../upstream/errors';
import { deepSame } from '../../domain/preflight/deep-same';
import { isSafeId } from '../../domain/limits';
import type { JobPatch, StoredJob } from './job-row';
import { duplicate, envelope, keyReused, lost, NOT_CHARGED, overtaken } from './send-answers';
import {
  hookFor,
  jobKindOf,
  jobName,
  planFor,
  type JobEndpoint,
  type UpstreamStep,
} from './submit';

interface Created {
  success?: unknown;
  data?: { projectId?: unknown; taskId?: unknown };
  error?: { msg?: unknown };
}

/**
 * Headers the simulator uses (the browser-facing origin for its asset URLs, fault injection in
 * tests). Nothing of the sort is sent to the real upstream.
 */
export function simulatorHeaders(
  ctx: ServerContext,
  request: FastifyRequest,
): Record<string, string> {
  if (!ctx.simulator) return {};
  const headers: Record<string, string> = {};
  const base = ctx.settings.publicUrl ? new URL(ctx.settings.publicUrl) : undefined;
  headers['x-forwarded-host'] = base?.host ?? request.host;
  headers['x-forwarded-proto'] = base ? base.protocol.replace(':', '') : request.protocol;
  const fault = request.headers['x-sim-fault'];
  if (typeof fault === 'string') headers['x-sim-fault'] = fault;
  return headers;
}

const accepted = (answer: UpstreamAnswer) =>
  (answer.body as Created | null)?.success === true && answer.status < 300;
const upstreamMessage = (answer: UpstreamAnswer) => {
  const msg = (answer.body as Created | null)?.error?.msg;
  return typeof msg === 'string' && msg ? msg : `AI Studios refused the request (${answer.status})`;
};

/**
 * Sends a job the ledger way: the intent row is committed first, then the free create call (its
 * projectId recorded), then the paid export call. A lost export answer leaves the job `unknown`
 * (the follower finds out what AI Studios did); nothing here is ever sent twice. With `existing`
 * (a retry the user asked for) the same row is reused and only the missing steps are sent. With
 * `clientKey` (the sender's Idempotency-Key) a second submission under the same key sends nothing
 * and answers 409 with the first one's job.
 */
export async function sendJob(
  ctx: ServerContext,
  endpoint: JobEndpoint,
  userBody: Record<string, unknown>,
  headers: Record<string, string>,
  existing?: StoredJob,
  clientKey?: string,
): Promise<{ answer: UpstreamAnswer; job?: StoredJob }> {
  const { store, settings } = ctx;
  const plan = planFor(endpoint, userBody);
  const lease = () => ctx.now() + callBudgetMs(ctx) + LEASE_MARGIN_MS;
  const { webhookUrl, hookSecret } = hookFor(userBody, settings.publicUrl);
  const projectId0 = existing?.projectId ?? plan.projectId ?? null;
  const stage = projectId0 ? ('export' as const) : ('create' as const);
  let job = existing
    ? await store.update(
        existing.id,
        {
          status: 'submitting',
          stage,
          projectId: projectId0,
          progress: 0,
          error: null,
          credit: null,
          upstreamDownloadUrl: null,
          lastProgressAt: null,
          sentAt: null,
          leaseUntil: lease(),
          attempts: existing.attempts + 1,
          hookSecret: hookSecret ?? existing.hookSecret,
        },
        ['failed', 'stalled'],
        { publish: true },
      )
    : await store.createIntent(
        {
          account: ctx.account,
          kind: jobKindOf(endpoint),
          endpoint,
          name: jobName(endpoint, userBody),
          request: userBody,
          stage,
          projectId: projectId0,
          hookSecret: hookSecret ?? null,
          leaseUntil: lease(),
          clientKey: clientKey ?? null,
        },
        settings.submitConcurrency,
      );
  const first = !job && clientKey ? await store.byClientKey(ctx.account, clientKey) : undefined;
  if (first) {
    const sent = await store.get(first.id);
    // One key, one request: a key reused for another request is a client's mistake, not a repeat.
    const asStored = JSON.parse(JSON.stringify(userBody)) as unknown;
    if (sent && (sent.endpoint !== endpoint || !deepSame(sent.request, asStored)))
      return { answer: keyReused() };
    return { answer: duplicate(first), job: first };
  }
  if (!job) {
    return existing
      ? {
          answer: envelope(409, {
            success: false,
            error: {
              code: 'NOT_RETRYABLE',
              msg: 'This job changed meanwhile; look at it again before sending it.',
            },
          }),
        }
      : {
          answer: envelope(429, {
            success: false,
            error: {
              code: 'TOO_MANY_SUBMISSIONS',
              msg: `${settings.submitConcurrency} exports are being sent for this account right now. Nothing was sent; send this one again in a moment.`,
            },
          }),
        };
  }
  // The intent is announced by the statement that wrote it; so is each settled state.
  const settle = async (patch: JobPatch) => {
    const updated = await store.update(job!.id, { ...patch, leaseUntil: null }, ['submitting'], {
      publish: true,
    });
    if (updated) return (job = updated);
    job = (await store.summary(job!.id)) ?? job!;
    await ctx.events.publish(job);
    return job;
  };

  let createData: Record<string, unknown> = {};
  let projectId = projectId0;
  if (!projectId && plan.create) {
    let answer: UpstreamAnswer;
    try {
      answer = await call(ctx, plan.create, headers);
    } catch (error) {
      await settle({
        status: 'failed',
        stage: null,
        error: `AI Studios did not answer while the project was being prepared; ${NOT_CHARGED}.`,
      });
      throw error;
    }
    const data = (answer.body as Created | null)?.data;
    // The id goes into the URLs the job is followed by: an upstream answer cannot choose a path.
    if (!accepted(answer) || !isSafeId(data?.projectId)) {
      await settle({
        status: 'failed',
        stage: null,
        error: `${upstreamMessage(answer)}; ${NOT_CHARGED}.`,
      });
      return { answer };
    }
    createData = data as Record<string, unknown>;
    projectId = data.projectId;
    const taskId = typeof data.taskId === 'string' ? data.taskId : null;
    if (!plan.exportStep)
      return { answer, job: await settle({ status: 'saved', stage: null, projectId, taskId }) };
    const ready = await store.update(
      job.id,
      { projectId, taskId, stage: 'export', sentAt: ctx.now(), leaseUntil: lease() },
      ['submitting'],
    );
    if (!ready) return overtaken(ctx, job.id, projectId);
    job = ready;
  } else {
    const ready = await store.update(job.id, { sentAt: ctx.now(), leaseUntil: lease() }, [
      'submitting',
    ]);
    if (!ready) return overtaken(ctx, job.id, projectId);
    job = ready;
  }
  if (!plan.exportStep || !projectId)
    return { answer: envelope(200, { success: true, data: createData }), job };

  let answer: UpstreamAnswer;
  try {
    answer = await call(ctx, plan.exportStep(projectId, webhookUrl), headers);
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return lost(ctx, job.id, projectId, settle);
  }
  if (answer.status >= 500) return lost(ctx, job.id, projectId, settle);
  if (!accepted(answer)) {
    await settle({
      status: 'failed',
      stage: null,
      error: `${upstreamMessage(answer)}; ${NOT_CHARGED}.`,
    });
    return { answer };
  }
  let done = await settle({ status: 'queued', stage: null });
  // Accepted, so AI Studios renders it: a row settled meanwhile (as "not charged") is wrong, and is
  // followed again.
  if (done.status !== 'queued')
    done =
      (await store.update(done.id, { status: 'queued', error: null }, ['failed', 'unknown'], {
        publish: true,
      })) ?? done;
  await ctx.follower.follow(done.id, undefined, done);
  const body = answer.body as { data?: Record<string, unknown> };
  return {
    answer: envelope(answer.status, { ...body, data: { ...createData, ...body.data, projectId } }),
    job: done,
  };
}

/**
 * How long one call of a send may take in all (token exchange, an auth retry, headers and body):
 * it ends before the lease that keeps the sweeper off the row, so a send in flight is never
 * settled as "stopped, nothing charged" while it goes on.
 */
const callBudgetMs = (ctx: ServerContext) => ctx.settings.upstreamTimeoutMs * 2;
const LEASE_MARGIN_MS = 5000;

function call(
  ctx: ServerContext,
  step: UpstreamStep,
  headers: Record<string, string>,
): Promise<UpstreamAnswer> {
  const signal = AbortSignal.timeout(callBudgetMs(ctx));
  return ctx.client.call(step.method, step.path, { body: step.body, headers, signal });
}
