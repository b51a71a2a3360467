import type { Database } from './db';

/**
 * Numbered migrations, applied in order at start, each once, in one transaction under an advisory
 * lock so two instances starting together do not race. Append only; never edit a shipped one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the export ledger. Times are epoch milliseconds (double precision: exact up to 2^53).
  `CREATE TABLE jobs (
     id TEXT PRIMARY KEY,
     seq BIGSERIAL,
     account TEXT NOT NULL,
     kind TEXT NOT NULL,
     name TEXT,
     endpoint TEXT NOT NULL,
     request JSONB,
     status TEXT NOT NULL,
     stage TEXT,
     progress DOUBLE PRECISION NOT NULL DEFAULT 0,
     project_id TEXT,
     task_id TEXT,
     upstream_download_url TEXT,
     credit DOUBLE PRECISION,
     error TEXT,
     hook_secret TEXT UNIQUE,
     attempts INTEGER NOT NULL DEFAULT 1,
     created_at DOUBLE PRECISION NOT NULL,
     updated_at DOUBLE PRECISION NOT NULL,
     last_progress_at DOUBLE PRECISION,
     sent_at DOUBLE PRECISION,
     lease_until DOUBLE PRECISION);
   CREATE INDEX jobs_created ON jobs (created_at DESC, seq DESC);
   CREATE INDEX jobs_open ON jobs (status) WHERE status NOT IN ('done', 'failed', 'saved');
   CREATE TABLE webhook_events (
     job_id TEXT NOT NULL,
     dedupe_key TEXT NOT NULL,
     body JSONB NOT NULL,
     received_at DOUBLE PRECISION NOT NULL,
     PRIMARY KEY (job_id, dedupe_key));
   CREATE TABLE imports (
     source TEXT PRIMARY KEY,
     imported INTEGER NOT NULL,
     at DOUBLE PRECISION NOT NULL);`,
  // 2: the sender's own key for a submission (Idempotency-Key): one job per key and account, so a
  // page that reloads mid-send and sends again cannot create (and pay for) a second one.
  `ALTER TABLE jobs ADD COLUMN client_key TEXT;
   CREATE UNIQUE INDEX jobs_client_key ON jobs (account, client_key) WHERE client_key IS NOT NULL;`,
];

const LOCK_KEY = 5_174_011;

export async function migrate(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const rows = await tx.query<{ v: number | null }>(
      'SELECT max(version) AS v FROM schema_migrations',
    );
    const current = Number(rows[0]?.v ?? 0);
    for (let v = current; v < MIGRATIONS.length; v++) {
      for (const statement of MIGRATIONS[v]!.split(/;\s*(?:\n|$)/).filter((s) => s.trim()))
        await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
    return MIGRATIONS.length - current;
  });
}
