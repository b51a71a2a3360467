import { randomBytes } from 'node:crypto';
import type { Job, JobStatus } from '../../domain/schema/job';
import type { Database, Queryable, Row } from './db';

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
    >
  >;
export type JobPatch = Partial<
  Omit<StoredJob, 'id' | 'createdAt' | 'kind' | 'endpoint' | 'account'>
>;

const COLUMNS: Record<keyof StoredJob, string> = {
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
};
const KEYS = Object.keys(COLUMNS) as (keyof StoredJob)[];
/**
 * Every column but the request: what following, webhooks and events need. The request can be
 * large (a whole project), and reading and parsing it on every progress step cost the batch most
 * of its time on the embedded engine.
 */
const SUMMARY = KEYS.filter((k) => k !== 'request')
  .map((k) => COLUMNS[k])
  .join(', ');

/** Column types, for the parameters of the conditional insert (INSERT … SELECT does not infer them). */
const TYPES: Partial<Record<keyof StoredJob, string>> = {
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

/** The NOTIFY channel of job changes (see JobEvents). */
export const JOB_CHANNEL = 'scenewright_jobs';
/** NOTIFY payloads must stay under 8000 bytes; a bigger one travels as the job's id. */
export const MAX_PAYLOAD = 7900;
/**
 * The announcement of a changed row, built in SQL so that the change and its NOTIFY are one
 * statement (and one commit): the job without its request and hook secret, as JobEvents reads it.
 */
const payloadOf = (from: string) =>
  `json_build_object(${KEYS.filter((k) => k !== 'request' && k !== 'hookSecret')
    .map((k) => `'${k}', ${from}.${COLUMNS[k]}`)
    .join(', ')}, 'request', null, 'hookSecret', null)::text`;
const announce = (from: string) =>
  `SELECT ${from}.*, pg_notify('${JOB_CHANNEL}', CASE WHEN octet_length(p.payload) < ${MAX_PAYLOAD} THEN p.payload ELSE ${from}.id END) AS announced FROM ${from}, LATERAL (SELECT ${payloadOf(from)} AS payload) p`;

export interface UpdateOptions {
  /** Announce the change to every instance's event listeners in the same statement. */
  publish?: boolean;
  /** Apply only if the job's progress is still this (what the patch was computed from). */
  progressWas?: number;
}

export const newJobId = () => randomBytes(9).toString('base64url');
export const newSecret = () => randomBytes(24).toString('base64url');
export const OPEN_STATUSES: JobStatus[] = ['queued', 'rendering', 'stalled', 'unknown'];

/** The export ledger on Postgres (embedded or server); every method is one statement or transaction. */
export class JobStore {
  constructor(
    readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Writes the intent row (committed before the caller contacts AI Studios) and announces it, in
   * one statement. With `limit`, refuses (undefined) when the account already has that many
   * submissions in flight on any instance: on a server the account's advisory lock is taken first
   * (its own statement, so the count sees every sender that held it); embedded, the one connection
   * runs one statement at a time, so the conditional insert alone is atomic.
   */
  async createIntent(input: NewJob, limit?: number): Promise<StoredJob | undefined> {
    const at = this.now();
    const job: StoredJob = {
      id: newJobId(),
      status: 'submitting',
      progress: 0,
      projectId: null,
      taskId: null,
      upstreamDownloadUrl: null,
      credit: null,
      error: null,
      hookSecret: null,
      attempts: 1,
      createdAt: at,
      updatedAt: at,
      lastProgressAt: null,
      sentAt: null,
      ...input,
    };
    const values = KEYS.map((k) => toSql(k, job[k]));
    const cells = KEYS.map((k, i) => `$${i + 1}${TYPES[k] ? `::${TYPES[k]}` : ''}`).join(',');
    const n = values.length;
    const guard =
      limit === undefined
        ? ''
        : ` WHERE (SELECT count(*) FROM jobs WHERE account = $${n + 1} AND status = 'submitting' AND lease_until > $${n + 2}) < $${n + 3}`;
    const params = limit === undefined ? values : [...values, job.account, at, limit];
    const sql = `WITH written AS (INSERT INTO jobs (${KEYS.map((k) => COLUMNS[k]).join(',')}) SELECT ${cells}${guard} RETURNING ${SUMMARY}) ${announce('written')}`;
    const write = async (tx: Queryable) =>
      (await tx.query(sql, params)).length > 0 ? job : undefined;
    if (limit === undefined || this.db.mode === 'embedded') return write(this.db);
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`submit:${job.account}`]);
      return write(tx);
    });
  }

  /** Inserts a finished or imported row as is; false when its id is already there. */
  async importJob(job: StoredJob, tx: Queryable = this.db): Promise<boolean> {
    return (await insert(tx, job, true)) > 0;
  }

  async get(id: string): Promise<StoredJob | undefined> {
    const rows = await this.db.query('SELECT * FROM jobs WHERE id = $1', [id]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  /** The job without its request (`request` is undefined): for following and events. */
  async summary(id: string): Promise<StoredJob | undefined> {
    const rows = await this.db.query(`SELECT ${SUMMARY} FROM jobs WHERE id = $1`, [id]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  async byHookSecret(secret: string): Promise<StoredJob | undefined> {
    const rows = await this.db.query('SELECT * FROM jobs WHERE hook_secret = $1', [secret]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  async list(limit = 500): Promise<StoredJob[]> {
    return (
      await this.db.query('SELECT * FROM jobs ORDER BY created_at DESC, seq DESC LIMIT $1', [limit])
    ).map(fromRow);
  }

  /** Jobs the follower must watch (accepted, rendering, stalled, or with an unknown outcome), without their requests. */
  async open(): Promise<StoredJob[]> {
    return (
      await this.db.query(
        `SELECT ${SUMMARY} FROM jobs WHERE status = ANY($1) ORDER BY created_at`,
        [OPEN_STATUSES],
      )
    ).map(fromRow);
  }

  /** `submitting` rows whose sender is gone: lease expired, or every one when `all` (embedded start). */
  async orphanedSubmissions(all: boolean): Promise<StoredJob[]> {
    const rows = all
      ? await this.db.query("SELECT * FROM jobs WHERE status = 'submitting'")
      : await this.db.query("SELECT * FROM jobs WHERE status = 'submitting' AND lease_until < $1", [
          this.now(),
        ]);
    return rows.map(fromRow);
  }

  /**
   * Applies `patch` when the job is in one of `from` (compare-and-set, so two instances or a
   * webhook and a poll cannot both move it); returns the updated job without its request (read it
   * with `get`), or undefined when it was not. With `publish`, the change is announced in the same
   * statement.
   */
  async update(
    id: string,
    patch: JobPatch,
    from?: readonly JobStatus[],
    options: UpdateOptions = {},
  ): Promise<StoredJob | undefined> {
    const entries = Object.entries({ ...patch, updatedAt: patch.updatedAt ?? this.now() }) as [
      keyof StoredJob,
      unknown,
    ][];
    const values = entries.map(([k, v]) => toSql(k, v));
    const params: unknown[] = [...values, id];
    let where = `id = $${params.length}`;
    if (from) where += ` AND status = ANY($${params.push([...from])})`;
    if (options.progressWas !== undefined)
      where += ` AND progress = $${params.push(options.progressWas)}`;
    const change = `UPDATE jobs SET ${entries.map(([k], i) => `${COLUMNS[k]} = $${i + 1}`).join(', ')} WHERE ${where} RETURNING ${SUMMARY}`;
    const rows = await this.db.query(
      options.publish ? `WITH changed AS (${change}) ${announce('changed')}` : change,
      params,
    );
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  /** Records a webhook delivery once; false when the same delivery was already recorded. */
  async recordWebhook(jobId: string, dedupeKey: string, body: unknown): Promise<boolean> {
    const rows = await this.db.query(
      'INSERT INTO webhook_events (job_id, dedupe_key, body, received_at) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING RETURNING job_id',
      [jobId, dedupeKey, JSON.stringify(body), this.now()],
    );
    return rows.length > 0;
  }

  async webhookCount(jobId: string): Promise<number> {
    const rows = await this.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM webhook_events WHERE job_id = $1',
      [jobId],
    );
    return rows[0]?.n ?? 0;
  }
}

async function insert(tx: Queryable, job: StoredJob, ignoreExisting = false): Promise<number> {
  const rows = await tx.query(
    `INSERT INTO jobs (${KEYS.map((k) => COLUMNS[k]).join(',')}) VALUES (${KEYS.map((_, i) => `$${i + 1}`).join(',')})${ignoreExisting ? ' ON CONFLICT DO NOTHING' : ''} RETURNING id`,
    KEYS.map((k) => toSql(k, job[k])),
  );
  return rows.length;
}

function toSql(key: keyof StoredJob, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (key === 'request') return JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

function fromRow(row: Row): StoredJob {
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

/** The browser's view: no hook secret, no upstream URL (downloads go through the server). */
export function toPublic(job: StoredJob, withRequest = true): Job {
  return {
    id: job.id,
    kind: job.kind,
    name: job.name,
    status: job.status,
    progress: job.progress,
    projectId: job.projectId,
    taskId: job.taskId,
    credit: job.credit,
    error: job.error,
    downloadUrl: job.status === 'done' ? `/api/jobs/${encodeURIComponent(job.id)}/download` : null,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    lastProgressAt: job.lastProgressAt,
    attempts: job.attempts,
    ...(withRequest ? { request: job.request } : {}),
  };
}
