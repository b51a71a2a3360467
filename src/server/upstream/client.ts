import { Pool } from 'undici';
import { classifyFetchError, UpstreamError } from './errors';
import { TokenSource, type TokenSourceOptions } from './token';

export interface UpstreamAnswer {
  status: number;
  /** The parsed JSON body (the upstream envelope, normally). */
  body: unknown;
  /** The body as received: relayed as is when nothing is added to it (no re-serialisation). */
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** Extra headers (forwarded host for the simulator's asset URLs, fault injection in tests). */
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Ends the whole call (token exchange, retry and answer included) when it aborts. */
  signal?: AbortSignal;
}

export type UpstreamOptions = TokenSourceOptions;

const isAuthFailure = (answer: UpstreamAnswer): boolean => {
  if (answer.status === 401) return true;
  const body = answer.body as { success?: unknown; error?: { code?: unknown } } | null;
  return (
    body?.success === false &&
    /^(401|unauthori[sz]ed|invalid[_-]?token|token[_-]?expired)$/i.test(
      String(body.error?.code ?? ''),
    )
  );
};

/** `work`, or a timeout error as soon as `signal` aborts (the work itself goes on, unawaited). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted)
    return Promise.reject(new UpstreamError('timeout', 'AI Studios did not answer in time'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new UpstreamError('timeout', 'AI Studios did not answer in time'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * One client for the real API and the simulator alike: raw `Authorization: <token>`, JSON in and
 * out, a timeout per call, one retry with a fresh token after an auth failure.
 */
export class UpstreamClient {
  readonly tokens: TokenSource;
  readonly baseUrl: string;
  private readonly timeoutMs: number;
  /**
   * undici's request API on a keep-alive pool: global fetch costs several times more CPU per call
   * (WHATWG streams, Headers, an AbortSignal timer each), which made the proxy a third of a raw
   * pass-through under load.
   */
  private pool?: Pool;
  /** The base URL's path, put before every call's path (empty for a bare origin). */
  private readonly prefix: string;

  constructor(options: UpstreamOptions) {
    this.baseUrl = options.baseUrl;
    this.timeoutMs = options.timeoutMs;
    this.tokens = new TokenSource(options);
    this.prefix = URL.canParse(options.baseUrl)
      ? new URL(options.baseUrl).pathname.replace(/\/+$/, '')
      : '';
  }

  /** One pool for the upstream's origin, opened on the first call. */
  private connections(): Pool {
    return (this.pool ??= new Pool(new URL(this.baseUrl).origin, {
      keepAliveTimeout: 30_000,
      connections: 128,
    }));
  }

  /** Closes the kept-alive connections (the server's onClose). */
  async close(): Promise<void> {
    await this.pool?.close();
  }

  async call(method: string, path: string, options: CallOptions = {}): Promise<UpstreamAnswer> {
    const first = await this.once(method, path, options);
    if (!isAuthFailure(first) || !this.tokens.renewable) return first;
    this.tokens.invalidate();
    return this.once(method, path, options);
  }

  private async once(method: string, path: string, options: CallOptions): Promise<UpstreamAnswer> {
    const token = await untilAborted(this.tokens.get(), options.signal);
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...options.headers,
      authorization: token,
    };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const timeout = options.timeoutMs ?? this.timeoutMs;
    let status: number;
    let text: string;
    try {
      const response = await this.connections().request({
        path: `${this.prefix}${path}`,
        method: method as 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        headersTimeout: timeout,
        bodyTimeout: timeout,
        signal: options.signal,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (cause) {
      throw classifyFetchError(cause);
    }
    try {
      return { status, body: JSON.parse(text) as unknown, text };
    } catch {
      throw new UpstreamError('bad-response', `AI Studios answered ${status} without JSON`);
    }
  }
}
