import type { z } from 'zod';
import { errorEnvelopeSchema } from '../domain/schema/envelope';

/** An answer of our server that was not `success:true`, in words a person can act on. */
export class ApiError extends Error {
  readonly code: string | number;
  readonly status: number;
  readonly details: unknown;
  /** The answer's `data`, if any: a repeated send's first job (`jobId`, `projectId`, `status`). */
  readonly data?: Record<string, unknown>;
  constructor(
    code: string | number,
    message: string,
    status: number,
    details?: unknown,
    data?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
    if (data !== undefined) this.data = data;
  }
  /** The job the answer named: the first job of a send repeated under its Idempotency-Key. */
  get jobId(): string | undefined {
    return typeof this.data?.jobId === 'string' ? this.data.jobId : undefined;
  }
}

const ACCESS_TOKEN_KEY = 'scenewright.accessToken';
export const accessToken = () => globalThis.localStorage?.getItem(ACCESS_TOKEN_KEY) ?? '';

const headers = (extra: Record<string, string> = {}) => {
  const token = accessToken();
  return token ? { ...extra, 'x-access-token': token } : extra;
};

/** Calls our server and unwraps `{success, data}`; the data is checked with the given schema. */
export async function call<T extends z.ZodType>(
  path: string,
  schema: T,
  init: {
    method?: string;
    body?: unknown;
    signal?: AbortSignal;
    raw?: Blob;
    headers?: Record<string, string>;
  } = {},
): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? (init.body !== undefined || init.raw ? 'POST' : 'GET'),
      headers: headers({
        ...init.headers,
        ...(init.raw
          ? { 'content-type': init.raw.type || 'application/octet-stream' }
          : init.body !== undefined
            ? { 'content-type': 'application/json' }
            : {}),
      }),
      body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      'network',
      'Scenewright’s server cannot be reached. Is `npm start` still running?',
      0,
    );
  }
  const json: unknown = await response.json().catch(() => null);
  const failure = errorEnvelopeSchema.safeParse(json);
  if (failure.success) {
    const { code, msg, ...details } = failure.data.error;
    const data = (json as { data?: unknown }).data;
    throw new ApiError(
      code,
      msg,
      response.status,
      details,
      data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : undefined,
    );
  }
  if (!response.ok || !json || typeof json !== 'object' || !('data' in json)) {
    throw new ApiError(
      response.status,
      `The server answered ${response.status} without a readable body.`,
      response.status,
    );
  }
  const data = schema.safeParse((json as { data: unknown }).data);
  if (!data.success)
    throw new ApiError(
      'bad-response',
      `Unexpected answer from ${path}: ${data.error.issues[0]?.message}`,
      response.status,
    );
  return data.data;
}

/** A URL the browser can open directly (downloads, EventSource) with the access token if any. */
export function withToken(path: string): string {
  const token = accessToken();
  return token
    ? `${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}`
    : path;
}
