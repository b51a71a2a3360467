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

/** Our server's 5xx answers that settle a send: AI Studios failed or refused it, and the server
 * recorded that with nothing charged. */
const SETTLED_5XX = /^(UPSTREAM_[A-Z_]+|OUTBOUND_REFUSED)$/;

/**
 * A send that may have arrived without its outcome reaching the sender, or was refused before the
 * server recorded anything: the same request is then sent again under the same key, which the
 * server answers with the first send's job if it has one. That is: no answer (network, abort); an
 * answer that is not our server's (a gateway's 502 or 504 page, a proxy's redirect, an unreadable
 * body: a send can outlast a load balancer's timeout); our server's own failure (500); or too many
 * sends at once. After any other answer the send is over, and sending again is a new export under
 * a new key.
 */
export function unanswered(e: unknown): boolean {
  const f = failureOf(e);
  if (typeof f.status !== 'number' || f.status === 0 || f.code === 'TOO_MANY_SUBMISSIONS')
    return true;
  if (typeof f.code !== 'string' || f.code === 'bad-response' || f.code === 'redirect') return true;
  return f.status >= 500 && !SETTLED_5XX.test(f.code);
}
