import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * a pid file left by a killed one is not a lock (its process is gone, or the pid now names another
 * process: after a reboot or in a new container pids are handed out again), so a restart never
 * waits. Returns the release, which removes the file if it still names this claim.
 */
export function claimDataDir(dataDir: string, pid = process.pid): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'ledger.pid');
  let other = NaN;
  let otherStart: string | undefined;
  try {
    const [recorded, started] = readFileSync(file, 'utf8').trim().split(/\s+/);
    other = Number(recorded);
    otherStart = started;
  } catch {
    // No pid file: nobody has it.
  }
  if (Number.isInteger(other) && other > 0 && other !== pid && isAlive(other)) {
    const now = startOf(other);
    const same = otherStart ? !now || now === otherStart : mayBeNode(other);
    if (same)
      throw new Error(
        `another Scenewright server (pid ${other}) is using DATA_DIR ${dataDir}; give each server its own DATA_DIR, or share DATABASE_URL to run several`,
      );
  }
  const claim = [pid, startOf(pid)].filter(Boolean).join(' ');
  writeFileSync(file, claim);
  return () => {
    try {
      if (readFileSync(file, 'utf8') === claim) rmSync(file);
    } catch {
      // Already gone, or DATA_DIR removed: nothing to release.
    }
  };
}

/**
 * When the process started, with the boot it started in (Linux's /proc): with the pid, names one
 * process for good. Undefined where /proc is not there; the pid alone is then the claim.
 */
export function startOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (start time in clock ticks since boot), counted after the ")" that ends the name.
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return ticks ? `${boot}@${ticks}` : undefined;
  } catch {
    return undefined;
  }
}

/** A pid file without a start time (older servers wrote none): held only by a Node process. */
function mayBeNode(pid: number): boolean {
  try {
    return /node/i.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true; // no /proc: the pid alone is the claim
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
