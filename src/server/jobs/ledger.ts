import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { claimPidFile } from '../pid-claim';
import type { Settings } from '../settings';
import { openEmbedded, openServer, type Database } from './db';
import { importSqliteOnce } from './import-sqlite';
import { migrate } from './migrations';
import { JobStore } from './store';

export interface Ledger {
  db: Database;
  store: JobStore;
  /** Whose credits the jobs spend: the concurrency limit is counted per account. */
  account: string;
  /** Jobs imported from DATA_DIR/jobs.sqlite at this start (undefined: nothing to import). */
  imported?: number;
  /** Lets go of DATA_DIR (the embedded ledger's pid file), once the database is closed. */
  release?: () => void;
}

export function accountOf(settings: Settings): string {
  if (settings.appId) return `app:${settings.appId}`;
  if (settings.staticToken)
    return `token:${createHash('sha256').update(settings.staticToken).digest('hex').slice(0, 16)}`;
  return 'simulator';
}

/**
 * Opens the ledger: PostgreSQL at DATABASE_URL, else the embedded PGlite in DATA_DIR/ledger; runs
 * the numbered migrations; imports an old DATA_DIR/jobs.sqlite once. `db` lets tests pass a copy.
 */
export async function openLedger(
  settings: Settings,
  options: { now?: () => number; db?: Database } = {},
): Promise<Ledger> {
  const now = options.now ?? Date.now;
  const release = !options.db && !settings.databaseUrl ? claimDataDir(settings.dataDir) : undefined;
  const db =
    options.db ??
    (settings.databaseUrl
      ? await openServer(settings.databaseUrl)
      : await openEmbedded(join(settings.dataDir, 'ledger')));
  try {
    await migrate(db);
    const store = new JobStore(db, now);
    const account = accountOf(settings);
    const imported = await importSqliteOnce(
      db,
      store,
      join(settings.dataDir, 'jobs.sqlite'),
      account,
      now(),
    );
    return { db, store, account, imported, release };
  } catch (error) {
    await db.close();
    release?.();
    throw error;
  }
}

/**
 * The embedded ledger is for one process. A second live server on the same DATA_DIR is refused;
 * a pid file left by a server that is gone is not a lock (pid-claim.ts), so a restart never waits.
 * Returns the release.
 */
export function claimDataDir(dataDir: string, pid = process.pid): () => void {
  mkdirSync(dataDir, { recursive: true });
  return claimPidFile(
    join(dataDir, 'ledger.pid'),
    (holder) =>
      new Error(
        `another Scenewright server${holder ? ` (pid ${holder})` : ''} is using DATA_DIR ${dataDir}; give each server its own DATA_DIR, or share DATABASE_URL to run several`,
      ),
    pid,
  );
}
