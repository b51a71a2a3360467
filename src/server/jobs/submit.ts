import type { z } from 'zod';
import { problemsFromZod } from '../../domain/parse';
import { validateRequest, type PreflightIssue } from '../../domain/preflight/index';
import { editProjectRequestSchema } from '../../domain/schema/edit-project';
import {
  exportProjectRequestSchema,
  simpleCustomRequestSchema,
  simpleVideoRequestSchema,
} from '../../domain/schema/simple';
import { newSecret, type JobKind } from './job-row';
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

const EXPORT_PATH = '/api/odin/v3/editor/project/export';
/** Fields of a create request that the export call takes too (docs: export-project). */
const EXPORT_FIELDS = ['workspaceId', 'resolution'] as const;

/** One upstream call of a submission. */
export interface UpstreamStep {
  method: 'POST' | 'PUT';
  path: string;
  body: Record<string, unknown>;
}

/**
 * How a request reaches AI Studios so that a projectId is known before any credit is spent: a free
 * create (`isExport:false`, documented for editor/project, simple/video and simple/custom) whose
 * answer is recorded, then the paid `POST editor/project/export` on that projectId. A request that
 * already names its project skips the create; one that only saves (`rendersUpstream` false) skips the
 * export. An edit (`editor/project/{id}`) creates the edited copy the same free way.
 * A new kind of export is one more case here.
 */
export interface SubmitPlan {
  create?: UpstreamStep;
  projectId?: string;
  exportStep?: (projectId: string, webhookUrl: string | undefined) => UpstreamStep;
}

export function planFor(endpoint: JobEndpoint, body: Record<string, unknown>): SubmitPlan {
  const exportStep = (projectId: string, webhookUrl: string | undefined): UpstreamStep => {
    const out: Record<string, unknown> = { projectId };
    for (const key of EXPORT_FIELDS) if (body[key] !== undefined) out[key] = body[key];
    if (webhookUrl) out.webhookUrl = webhookUrl;
    return { method: 'POST', path: EXPORT_PATH, body: out };
  };
  if (endpoint === EXPORT_PATH) return { projectId: String(body.projectId), exportStep };
  const { webhookUrl: _dropped, isExport: _asked, ...rest } = body;
  const create: UpstreamStep = {
    method: 'POST',
    path: endpoint,
    body: { ...rest, isExport: false },
  };
  return rendersUpstream(endpoint, body) ? { create, exportStep } : { create };
}

/** The webhook URL given upstream: the server's own per-job URL with PUBLIC_URL, else the user's. */
export function hookFor(
  body: Record<string, unknown>,
  publicUrl?: string,
): { webhookUrl?: string; hookSecret?: string } {
  if (publicUrl) {
    const hookSecret = newSecret();
    return { webhookUrl: `${publicUrl}/hooks/${hookSecret}`, hookSecret };
  }
  return typeof body.webhookUrl === 'string' && body.webhookUrl
    ? { webhookUrl: body.webhookUrl }
    : {};
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
