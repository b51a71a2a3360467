import { randomBytes } from 'node:crypto';
import type { Job, JobStatus } from '../../domain/schema/job';
import type { Row } from './db';

export type JobKind = Job['kind'];
/** Which upstream call a `submitting` job is in: the free create (isExport:false) or the paid export. */
export type SubmitStage = 'create' | 'export';

/** A job as the ledger keeps it; `toPublic` is what the browser sees. */
export interface StoredJob {
  id: string;
  account: string;
  kind: JobKind;
  name: string | null;
  /** The upstream path the user's request was posted to. */
  endpoint: string;
  request: unknown;
  status: JobStatus;
  stage: SubmitStage | null;
  progress: number;
  projectId: string | null;
  taskId: string | null;
  upstreamDownloadUrl: string | null;
  credit: number | null;
  error: string | null;
  hookSecret: string | null;
  attempts: number;
  createdAt: number;
  updatedAt: number;
  lastProgressAt: number | null;
  /** When the paid export call was sent (stall and reconcile deadlines count from it). */
  sentAt: number | null;
  /** Until when the instance sending it owns a `submitting` row; after that a sweep settles it. */
  leaseUntil: number | null;
  /** The sender's Idempotency-Key, unique per account. */
  clientKey: string | null;
}

export type NewJob = Pick<
  StoredJob,
  'account' | 'kind' | 'name' | 'endpoint' | 'request' | 'stage' | 'leaseUntil'
> &
  Partial<
    Pick<
      StoredJob,
      | 'projectId'
      | 'hookSecret'
      | 'status'
      | 'id'
      | 'createdAt'
      | 'updatedAt'
      | 'progress'
      | 'taskId'
      | 'credit'
      | 'error'
      | 'upstreamDownloadUrl'
      | 'attempts'
      | 'lastProgressAt'
      | 'clientKey'
    >
  >;
export type JobPatch = Partial<
  Omit<StoredJob, 'id' | 'createdAt' | 'kind' | 'endpoint' | 'account'>
>;

export const COLUMNS: Record<keyof StoredJob, string> = {
  id: 'id',
  account: 'account',
  kind: 'kind',
  name: 'name',
  endpoint: 'endpoint',
  request: 'request',
  status: 'status',
  stage: 'stage',
  progress: 'progress',
  projectId: 'project_id',
  taskId: 'task_id',
  upstreamDownloadUrl: 'upstream_download_url',
  credit: 'credit',
  error: 'error',
  hookSecret: 'hook_secret',
  attempts: 'attempts',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  lastProgressAt: 'last_progress_at',
  sentAt: 'sent_at',
  leaseUntil: 'lease_until',
  clientKey: 'client_key',
};
export const KEYS = Object.keys(COLUMNS) as (keyof StoredJob)[];
/**
 * Every column but the request: what following, webhooks and events need. The request can be
 * large (a whole project), and reading and parsing it on every progress step cost the batch most
 * of its time on the embedded engine.
 */
export const SUMMARY = KEYS.filter((k) => k !== 'request')
  .map((k) => COLUMNS[k])
  .join(', ');

/** Column types, for the parameters of the conditional insert (INSERT … SELECT does not infer them). */
export const TYPES: Partial<Record<keyof StoredJob, string>> = {
  request: 'jsonb',
  progress: 'float8',
  credit: 'float8',
  attempts: 'int',
  createdAt: 'float8',
  updatedAt: 'float8',
  lastProgressAt: 'float8',
  sentAt: 'float8',
  leaseUntil: 'float8',
};

export const newJobId = () => randomBytes(9).toString('base64url');
export const newSecret = () => randomBytes(24).toString('base64url');
export const OPEN_STATUSES: JobStatus[] = ['queued', 'rendering', 'stalled', 'unknown'];

export function toSql(key: keyof StoredJob, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (key === 'request') return JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

export function fromRow(row: Row): StoredJob {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(COLUMNS)) {
    const value = row[column];
    out[key] = typeof value === 'bigint' ? Number(value) : value;
  }
  const request = row.request;
  out.request = !('request' in row)
    ? undefined
    : typeof request === 'string'
      ? (JSON.parse(request) as unknown)
      : (request ?? null);
  return out as unknown as StoredJob;
}
