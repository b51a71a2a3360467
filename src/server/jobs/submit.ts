import type { z } from 'zod';
import { problemsFromZod } from '../../domain/parse';
import { validateRequest, type PreflightIssue } from '../../domain/preflight/index';
import { editProjectRequestSchema } from '../../domain/schema/edit-project';
import {
  exportProjectRequestSchema,
  simpleCustomRequestSchema,
  simpleVideoRequestSchema,
} from '../../domain/schema/simple';
import type { JobKind } from './store';
import { newSecret } from './store';
import { DEFAULT_PROJECT_NAME } from '../../domain/project';

export const JOB_ENDPOINTS = {
  '/api/odin/v3/editor/project': 'project',
  '/api/odin/v3/editor/project/export': 'project',
  '/api/odin/v3/simple/video': 'chromakey',
  '/api/odin/v3/simple/custom': 'custom',
} as const satisfies Record<string, JobKind>;
/** `POST editor/project/{projectId}`: edit an existing project and export it (kind `edit`). */
export type EditEndpoint = `/api/odin/v3/editor/project/${string}`;
export type JobEndpoint = keyof typeof JOB_ENDPOINTS | EditEndpoint;
export const editEndpoint = (projectId: string): EditEndpoint =>
  `/api/odin/v3/editor/project/${encodeURIComponent(projectId)}`;
export const jobKindOf = (endpoint: JobEndpoint): JobKind =>
  endpoint in JOB_ENDPOINTS ? JOB_ENDPOINTS[endpoint as keyof typeof JOB_ENDPOINTS] : 'edit';
/** Whether the upstream renders: `isExport` as sent, else the endpoint's documented default (false only for simple/video). */
export const rendersUpstream = (endpoint: JobEndpoint, body: Record<string, unknown>): boolean =>
  typeof body.isExport === 'boolean' ? body.isExport : endpoint !== '/api/odin/v3/simple/video';

export interface CheckResult {
  body?: Record<string, unknown>;
  /** Blocking problems; the request is not forwarded (credits would be lost on a late refusal). */
  errors: PreflightIssue[];
  warnings: PreflightIssue[];
}

const fromZod = (error: z.ZodError): PreflightIssue[] =>
  problemsFromZod(error, 20).map((p) => ({
    severity: 'error',
    code: `schema.${p.code}`,
    message: `${p.path.join('.') || 'body'}: ${p.message}`,
    path: p.path,
  }));

function checkWith(schema: z.ZodType, input: unknown): CheckResult {
  const result = schema.safeParse(input);
  return result.success
    ? { body: result.data as Record<string, unknown>, errors: [], warnings: [] }
    : { errors: fromZod(result.error), warnings: [] };
}

/** Checks a job request with the domain: schema and preflight for projects, schemas for the rest. */
export function checkJobRequest(
  endpoint: JobEndpoint,
  input: unknown,
  publicOrigin?: string,
): CheckResult {
  switch (endpoint) {
    case '/api/odin/v3/editor/project': {
      const { request, issues } = validateRequest(input, publicOrigin ? { publicOrigin } : {});
      const errors = issues.filter((i) => i.severity === 'error');
      return {
        body: errors.length ? undefined : (request as Record<string, unknown>),
        errors,
        warnings: issues.filter((i) => i.severity === 'warning'),
      };
    }
    case '/api/odin/v3/editor/project/export':
      return checkWith(exportProjectRequestSchema, input);
    case '/api/odin/v3/simple/video':
      return checkWith(simpleVideoRequestSchema, input);
    case '/api/odin/v3/simple/custom':
      return checkWith(simpleCustomRequestSchema, input);
    default:
      return checkWith(editProjectRequestSchema, input);
  }
}

/**
 * The body sent upstream, as the user built it (`isExport` included or not); with PUBLIC_URL the
 * user's webhookUrl is replaced by the server's own per-job URL (the server forwards each delivery
 * to the user's URL after recording it).
 */
export function upstreamBody(
  body: Record<string, unknown>,
  publicUrl?: string,
): { body: Record<string, unknown>; hookSecret?: string } {
  const out: Record<string, unknown> = { ...body };
  if (!publicUrl) return { body: out };
  const hookSecret = newSecret();
  out.webhookUrl = `${publicUrl}/hooks/${hookSecret}`;
  return { body: out, hookSecret };
}

export function jobName(endpoint: JobEndpoint, body: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (endpoint) {
    case '/api/odin/v3/editor/project':
      return text(body.name) || DEFAULT_PROJECT_NAME;
    case '/api/odin/v3/editor/project/export':
      return `Export of ${text(body.projectId)}`;
    case '/api/odin/v3/simple/video':
    case '/api/odin/v3/simple/custom': {
      const words = text(body.text).replace(/\s+/g, ' ').trim();
      return `${text(body.model)}${body.clothes ? `/${text(body.clothes)}` : ''}: ${words.length > 40 ? `${words.slice(0, 39)}…` : words}`;
    }
    default:
      return `Edit of ${decodeURIComponent(endpoint.slice(endpoint.lastIndexOf('/') + 1))}`;
  }
}
