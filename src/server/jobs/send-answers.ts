import type { ServerContext } from '../context';
import type { UpstreamAnswer } from '../upstream/client';
import type { JobPatch, StoredJob } from './job-row';

/** The answers a send ends with, besides AI Studios' own. */
export const NOT_CHARGED = 'nothing was exported or charged';
export const envelope = (status: number, body: unknown): UpstreamAnswer => ({
  status,
  body,
  text: JSON.stringify(body),
});

export const keyReused = () =>
  envelope(422, {
    success: false,
    error: {
      code: 'IDEMPOTENCY_KEY_REUSED',
      msg: `This Idempotency-Key was already used for another request; ${NOT_CHARGED}. Send this one under a new key.`,
    },
  });

/** A second submission under one Idempotency-Key: nothing sent; the first one's job, as it stands. */
export const duplicate = (job: StoredJob) =>
  envelope(409, {
    success: false,
    error: {
      code: 'DUPLICATE_SUBMISSION',
      msg: 'This export was already sent (same Idempotency-Key); nothing was sent again. Follow its job.',
    },
    data: { status: job.status, projectId: job.projectId },
  });

/** The export's answer was lost: `unknown`, followed (reconciled), answered 202 with what is known. */
export async function lost(
  ctx: ServerContext,
  _id: string,
  projectId: string,
  settle: (patch: JobPatch) => Promise<StoredJob>,
) {
  const job = await settle({ status: 'unknown', stage: null, error: null });
  await ctx.follower.follow(job.id, 0, job);
  const msg =
    'AI Studios did not confirm this export in time. It may be rendering (and charged) already, so it will not be sent again: the server is checking with AI Studios and the job centre will show what it finds.';
  // success:true with 202: the job exists and carries on; a client must not treat this as "try again".
  return {
    answer: envelope(202, {
      success: true,
      data: { projectId, status: job.status, outcome: 'EXPORT_OUTCOME_UNKNOWN', notice: msg },
    }),
    job,
  };
}

/**
 * The row was settled by someone else before the paid step (the sweeper, once the lease ran out):
 * nothing more is sent. The project made for it is written on the row, so it can be traced.
 */
export async function overtaken(ctx: ServerContext, id: string, projectId: string | null) {
  const job = projectId
    ? await ctx.store.update(id, { projectId }, ['failed', 'stalled'], { publish: true })
    : undefined;
  return {
    answer: envelope(504, {
      success: false,
      error: {
        code: 'UPSTREAM_TIMEOUT',
        msg: `AI Studios took too long to prepare this export, so it was stopped before the export was sent; ${NOT_CHARGED}. Send it again.`,
      },
    }),
    job: job ?? (await ctx.store.summary(id)),
  };
}
