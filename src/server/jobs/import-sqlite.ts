import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { JobStatus } from '../../domain/schema/job';
import type { Database } from './db';
import type { StoredJob } from './job-row';
import type { JobStore } from './store';

type Row = Record<string, unknown>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/**
 * Imports the jobs of the previous store (`DATA_DIR/jobs.sqlite`, node-sqlite3-wasm) once: the
 * `imports` table remembers it, so a second start does nothing. The file itself is left in place.
 */
export async function importSqliteOnce(
  db: Database,
  store: JobStore,
  file: string,
  account: string,
  now: number,
): Promise<number | undefined> {
  if (!existsSync(file)) return undefined;
  const done = await db.query('SELECT 1 FROM imports WHERE source = $1', ['jobs.sqlite']);
  if (done.length > 0) return undefined;
  // The old store's lock directory outlives a kill -9 and would refuse the read; nothing else uses it now.
  rmSync(`${file}.lock`, { recursive: true, force: true });
  const { Database: Sqlite } = createRequire(import.meta.url)(
    'node-sqlite3-wasm',
  ) as typeof import('node-sqlite3-wasm');
  const old = new Sqlite(file, { readOnly: true });
  let rows: Row[];
  try {
    rows = old.all('SELECT * FROM jobs') as Row[];
  } finally {
    old.close();
  }
  return db.transaction(async (tx) => {
    let imported = 0;
    for (const r of rows) {
      const job: StoredJob = {
        id: String(r.id),
        account,
        kind: String(r.kind) as StoredJob['kind'],
        name: str(r.name),
        endpoint: String(r.endpoint),
        request: typeof r.request === 'string' ? (JSON.parse(r.request) as unknown) : null,
        status: String(r.status) as JobStatus,
        stage: null,
        progress: Number(r.progress ?? 0),
        projectId: str(r.project_id),
        taskId: str(r.task_id),
        upstreamDownloadUrl: str(r.upstream_download_url),
        credit: num(r.credit),
        error: str(r.error),
        hookSecret: str(r.hook_secret),
        attempts: Number(r.attempts ?? 1),
        createdAt: Number(r.created_at),
        updatedAt: Number(r.updated_at),
        lastProgressAt: num(r.last_progress_at),
        sentAt: num(r.created_at),
        leaseUntil: null,
        clientKey: null,
      };
      if (await store.importJob(job, tx)) imported++;
    }
    await tx.query('INSERT INTO imports (source, imported, at) VALUES ($1, $2, $3)', [
      'jobs.sqlite',
      imported,
      now,
    ]);
    return imported;
  });
}
