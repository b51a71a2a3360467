import { z } from 'zod';
import { errorEnvelopeSchema, voiceSchema, type Voice } from '../domain/schema/envelope';
import { jobSchema, type Job } from '../domain/schema/job';
import type { EditorProjectRequest } from '../domain/schema/request';

/**
 * The one place a merge run talks to a Scenewright server: submit through the export pass-through
 * (which records a job), read jobs, download videos. Works in browsers and Node (fetch).
 */
export interface JobsApi {
  /**
   * `key`: the Idempotency-Key of this row's send; sent again under the same key, the server sends
   * nothing and answers DUPLICATE_SUBMISSION with the first send's job (`JobsApiError.jobId`).
   */
  submit(
    request: EditorProjectRequest,
    signal?: AbortSignal,
    key?: string,
  ): Promise<{ jobId: string; projectId: string }>;
  job(id: string, signal?: AbortSignal): Promise<Job>;
  /** Every job the server recorded (with its request), to find what a lost page had sent. */
  list(signal?: AbortSignal): Promise<Job[]>;
  /** The server's TTS voices, for voice-per-row bindings. */
  voices(signal?: AbortSignal): Promise<Voice[]>;
  download(id: string, signal?: AbortSignal): Promise<Response>;
}

export class JobsApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** The job an answer named (a duplicate submission's first job). */
    readonly jobId?: string,
  ) {
    super(message);
    this.name = 'JobsApiError';
  }
}

const createdSchema = z.looseObject({
  projectId: z.string(),
  jobId: z.union([z.string(), z.number()]).transform(String),
});

export interface HttpJobsApiOptions {
  /** '' in the browser (same origin); the server URL from the CLI. */
  baseUrl?: string;
  accessToken?: string;
  fetch?: typeof fetch;
}

/**
 * Runs `task` with a signal of its own that follows `signal` only while it runs. fetch() keeps a
 * listener on the signal it is given until its Request is garbage-collected (undici, browsers
 * alike): a run's one signal, given to every poll, gathered thousands and Node warned of a leak.
 */
async function ownSignal<T>(
  signal: AbortSignal | null | undefined,
  task: (own: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  if (!signal) return task(undefined);
  const own = new AbortController();
  const follow = () => own.abort(signal.reason);
  if (signal.aborted) follow();
  else signal.addEventListener('abort', follow, { once: true });
  try {
    return await task(own.signal);
  } finally {
    signal.removeEventListener('abort', follow);
  }
}

export function httpJobsApi(options: HttpJobsApiOptions = {}): JobsApi {
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const headers = (json: boolean): Record<string, string> => ({
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...(options.accessToken ? { 'x-access-token': options.accessToken } : {}),
  });
  const send = async (path: string, init: RequestInit): Promise<Response> => {
    let answer: Response;
    try {
      // A redirect would carry the access token (a header of our own, which fetch keeps across
      // origins) to wherever it points: Scenewright's server never redirects its API.
      answer = await doFetch(`${base}${path}`, { ...init, redirect: 'manual' });
    } catch (cause) {
      if (cause instanceof Error && cause.name === 'AbortError') throw cause;
      throw new JobsApiError(
        `The Scenewright server at ${base || 'this address'} cannot be reached.`,
        0,
        'network',
      );
    }
    if (answer.type === 'opaqueredirect' || (answer.status >= 300 && answer.status < 400)) {
      await answer.body?.cancel();
      throw new JobsApiError(
        `The server at ${base || 'this address'} answered with a redirect; the access token was not sent on.`,
        answer.status,
        'redirect',
      );
    }
    return answer;
  };
  async function call<T extends z.ZodType>(
    path: string,
    schema: T,
    init: RequestInit,
  ): Promise<z.infer<T>> {
    const { response, json } = await ownSignal(init.signal, async (signal) => {
      const answer = await send(path, { ...init, signal });
      // Stopped while the answer was being read: an abort, as before the answer (a send then
      // keeps its key), not an unreadable answer (after which a retry would be a new export).
      const json: unknown = await answer.json().catch((cause: unknown) => {
        if (signal?.aborted) throw cause;
        return null;
      });
      return { response: answer, json };
    });
    const failure = errorEnvelopeSchema.safeParse(json);
    if (failure.success) {
      const named = (json as { data?: { jobId?: unknown } }).data?.jobId;
      throw new JobsApiError(
        failure.data.error.msg,
        response.status,
        String(failure.data.error.code),
        typeof named === 'string' ? named : undefined,
      );
    }
    const data = schema.safeParse((json as { data?: unknown } | null)?.data);
    if (!response.ok || !data.success)
      throw new JobsApiError(
        `The server answered ${response.status} without a readable body.`,
        response.status,
        'bad-response',
      );
    return data.data;
  }
  return {
    submit: (request, signal, key) =>
      call('/api/odin/v3/editor/project', createdSchema, {
        method: 'POST',
        headers: { ...headers(true), ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(request),
        signal,
      }),
    job: (id, signal) =>
      call(`/api/jobs/${encodeURIComponent(id)}`, jobSchema, { headers: headers(false), signal }),
    list: (signal) =>
      call(
        '/api/jobs',
        z
          .union([z.array(jobSchema), z.looseObject({ jobs: z.array(jobSchema) })])
          .transform((v) => (Array.isArray(v) ? v : v.jobs)),
        { headers: headers(false), signal },
      ),
    voices: (signal) =>
      call('/api/voices', z.array(voiceSchema), { headers: headers(false), signal }),
    download: async (id, signal) => {
      const response = await send(`/api/jobs/${encodeURIComponent(id)}/download`, {
        headers: headers(false),
        signal,
      });
      if (!response.ok) {
        const json: unknown = await response.json().catch(() => null);
        const failure = errorEnvelopeSchema.safeParse(json);
        throw new JobsApiError(
          failure.success ? failure.data.error.msg : `Download failed (${response.status}).`,
          response.status,
          'download',
        );
      }
      return response;
    },
  };
}
