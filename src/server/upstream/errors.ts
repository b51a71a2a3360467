/** Why a call to AI Studios (or the simulator) produced no usable answer. */
export type UpstreamFailure = 'timeout' | 'unreachable' | 'bad-response' | 'auth';

export class UpstreamError extends Error {
  override name = 'UpstreamError';
  readonly kind: UpstreamFailure;
  constructor(kind: UpstreamFailure, message: string) {
    super(message);
    this.kind = kind;
  }
}

const TIMEOUT_NAMES = new Set([
  'TimeoutError',
  'AbortError',
  'HeadersTimeoutError',
  'BodyTimeoutError',
  'ConnectTimeoutError',
]);

/** Maps a fetch rejection to timeout/unreachable without keeping its (possibly URL-bearing) text. */
export function classifyFetchError(cause: unknown): UpstreamError {
  if (cause instanceof UpstreamError) return cause;
  const name = cause instanceof Error ? cause.name : '';
  if (TIMEOUT_NAMES.has(name))
    return new UpstreamError('timeout', 'AI Studios did not answer in time');
  return new UpstreamError('unreachable', 'AI Studios cannot be reached');
}
