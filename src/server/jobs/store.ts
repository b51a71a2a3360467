import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Job, JobStatus } from '../../domain/schema/job';

// node-sqlite3-wasm is CommonJS without static named exports: load it through require.
const { Database } = createRequire(import.meta.url)('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');
type Db = InstanceType<typeof Database>;
type Row = Record<string, unknown>;

export type JobKind = Job['kind'];

/** A job as the server keeps it; `toPublic` is what the browser sees. */
export interface StoredJob {
  id: string;
  kind: JobKind;
  name: string | null;
  /** The upstream path the request was posted to, for retry. */
  endpoint: string;
  request: unknown;
  status: JobStatus;
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
}

export type NewJob = Pick<StoredJob, 'kind' | 'name' | 'endpoint' | 'request' | 'status'> & Partial<Pick<StoredJob, 'projectId' | 'taskId' | 'hookSecret'>>;
export type JobPatch = Partial<Omit<StoredJob, 'id' | 'createdAt' | 'kind' | 'endpoint'>>;

const COLUMNS: Record<keyof StoredJob, string> = {
  id: 'id', kind: 'kind', name: 'name', endpoint: 'endpoint', request: 'request', status: 'status',
  progress: 'progress', projectId: 'project_id', taskId: 'task_id', upstreamDownloadUrl: 'upstream_download_url',
  credit: 'credit', error: 'error', hookSecret: 'hook_secret', attempts: 'attempts', createdAt: 'created_at',
  updatedAt: 'updated_at', lastProgressAt: 'last_progress_at',
};

const MIGRATIONS = [
  `CREATE TABLE jobs (
     id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT, endpoint TEXT NOT NULL, request TEXT,
     status TEXT NOT NULL, progress REAL NOT NULL DEFAULT 0, project_id TEXT, task_id TEXT,
     upstream_download_url TEXT, credit REAL, error TEXT, hook_secret TEXT UNIQUE,
     attempts INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
     last_progress_at INTEGER);
   CREATE INDEX jobs_created ON jobs(created_at DESC);
   CREATE TABLE webhook_events (
     job_id TEXT NOT NULL, dedupe_key TEXT NOT NULL, body TEXT NOT NULL, received_at INTEGER NOT NULL,
     PRIMARY KEY (job_id, dedupe_key));`,
];

export const newJobId = () => randomBytes(9).toString('base64url');
export const newSecret = () => randomBytes(24).toString('base64url');

/** Jobs in SQLite (a real file under DATA_DIR), so they survive restarts. Synchronous, one process. */
export class JobStore {
  private readonly db: Db;
  constructor(
    file: string,
    private readonly now: () => number = Date.now,
  ) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.migrate();
  }

  private migrate() {
    const version = Number((this.db.get('PRAGMA user_version') as Row | null)?.user_version ?? 0);
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.exec(`BEGIN; ${MIGRATIONS[v]}; PRAGMA user_version = ${v + 1}; COMMIT;`);
    }
  }

  create(input: NewJob): StoredJob {
    const at = this.now();
    const job: StoredJob = {
      id: newJobId(), progress: 0, projectId: null, taskId: null, upstreamDownloadUrl: null,
      credit: null, error: null, hookSecret: null, attempts: 1, createdAt: at, updatedAt: at, lastProgressAt: null,
      ...input,
    };
    const keys = Object.keys(COLUMNS) as (keyof StoredJob)[];
    this.db.run(
      `INSERT INTO jobs (${keys.map((k) => COLUMNS[k]).join(',')}) VALUES (${keys.map(() => '?').join(',')})`,
      keys.map((k) => toSql(k, job[k])),
    );
    return job;
  }

  get(id: string): StoredJob | undefined {
    const row = this.db.get('SELECT * FROM jobs WHERE id = ?', [id]) as Row | null;
    return row ? fromRow(row) : undefined;
  }

  byHookSecret(secret: string): StoredJob | undefined {
    const row = this.db.get('SELECT * FROM jobs WHERE hook_secret = ?', [secret]) as Row | null;
    return row ? fromRow(row) : undefined;
  }

  list(limit = 500): StoredJob[] {
    return (this.db.all('SELECT * FROM jobs ORDER BY created_at DESC, rowid DESC LIMIT ?', [limit]) as Row[]).map(fromRow);
  }

  /** Jobs the follower must watch: sent for rendering and not finished. */
  unfinished(): StoredJob[] {
    return (this.db.all("SELECT * FROM jobs WHERE status IN ('queued','rendering') AND project_id IS NOT NULL") as Row[]).map(fromRow);
  }

  update(id: string, patch: JobPatch): StoredJob | undefined {
    const entries = Object.entries({ ...patch, updatedAt: patch.updatedAt ?? this.now() }) as [keyof StoredJob, unknown][];
    this.db.run(
      `UPDATE jobs SET ${entries.map(([k]) => `${COLUMNS[k]} = ?`).join(', ')} WHERE id = ?`,
      [...entries.map(([k, v]) => toSql(k, v)), id],
    );
    return this.get(id);
  }

  /** Records a webhook delivery once; false when the same delivery was already recorded. */
  recordWebhook(jobId: string, dedupeKey: string, body: unknown): boolean {
    const result = this.db.run('INSERT OR IGNORE INTO webhook_events (job_id, dedupe_key, body, received_at) VALUES (?,?,?,?)', [
      jobId, dedupeKey, JSON.stringify(body), this.now(),
    ]);
    return result.changes > 0;
  }

  webhookCount(jobId: string): number {
    return Number((this.db.get('SELECT COUNT(*) AS n FROM webhook_events WHERE job_id = ?', [jobId]) as Row | null)?.n ?? 0);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
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
  out.request = typeof row.request === 'string' ? (JSON.parse(row.request) as unknown) : null;
  return out as unknown as StoredJob;
}

/** The browser's view: no hook secret, no upstream URL (downloads go through the server). */
export function toPublic(job: StoredJob, withRequest = true): Job {
  return {
    id: job.id, kind: job.kind, name: job.name, status: job.status, progress: job.progress,
    projectId: job.projectId, taskId: job.taskId, credit: job.credit, error: job.error,
    downloadUrl: job.status === 'done' ? `/api/jobs/${encodeURIComponent(job.id)}/download` : null,
    createdAt: job.createdAt, updatedAt: job.updatedAt, lastProgressAt: job.lastProgressAt,
    attempts: job.attempts,
    ...(withRequest ? { request: job.request } : {}),
  };
}
