/**
 * How a client reads a failed export send to our server, whichever client threw it (the editor's
 * `ApiError`, the data merge's `JobsApiError`): its error code, HTTP status (0: no answer) and the
 * job the answer named.
 */
interface SendFailure {
  code?: unknown;
  status?: unknown;
  jobId?: unknown;
}
const failureOf = (e: unknown): SendFailure => (typeof e === 'object' && e !== null ? e : {});

/** A send repeated under its Idempotency-Key: the job the first send made, to follow instead. */
export function firstJobOf(e: unknown): string | undefined {
  const f = failureOf(e);
  return f.code === 'DUPLICATE_SUBMISSION' && typeof f.jobId === 'string' ? f.jobId : undefined;
}

/**
 * A send that got no answer (network, abort), or was refused before the server recorded anything:
 * the only failures after which the same request is sent again under the same key. After any
 * other answer the send is over, and sending again is a new export under a new key.
 */
export function unanswered(e: unknown): boolean {
  const f = failureOf(e);
  return typeof f.status !== 'number' || f.status === 0 || f.code === 'TOO_MANY_SUBMISSIONS';
}
