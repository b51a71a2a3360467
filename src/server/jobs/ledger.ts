import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  if (!options.db && !settings.databaseUrl) claimDataDir(settings.dataDir);
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
    return { db, store, account, imported };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * The embedded ledger is for one process. A second live server on the same DATA_DIR is refused;
 * a pid file left by a killed one is not a lock (its process is gone), so a restart never waits.
 */
export function claimDataDir(dataDir: string, pid = process.pid): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'ledger.pid');
  let other = NaN;
  try {
    other = Number(readFileSync(file, 'utf8').trim());
  } catch {
    // No pid file: nobody has it.
  }
  if (Number.isInteger(other) && other > 0 && other !== pid && isAlive(other))
    throw new Error(
      `another Scenewright server (pid ${other}) is using DATA_DIR ${dataDir}; give each server its own DATA_DIR, or share DATABASE_URL to run several`,
    );
  writeFileSync(file, String(pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
