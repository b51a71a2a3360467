import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';

/**
 * One database, through the `idb` library: named object stores keyed by `key`, plus `scenes`,
 * keyed by [project key, scene id], so that a save writes only the scenes that changed.
 */
const DB_NAME = 'scenewright';
export const DB_VERSION = 2;
export const STORES = ['projects', 'avatars', 'meta'] as const;
export type StoreName = (typeof STORES)[number];
export const SCENES = 'scenes';

let opening: Promise<IDBPDatabase> | null = null;

/**
 * The shared connection. Any failure, a newer version opened in another tab, or the browser
 * closing the database forgets it, so the next call opens afresh instead of failing until reload.
 */
export function openDb(): Promise<IDBPDatabase> {
  if (opening) return opening;
  const attempt: Promise<IDBPDatabase> = openDB(DB_NAME, DB_VERSION, {
    upgrade(db) {
      for (const name of STORES)
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(SCENES))
        db.createObjectStore(SCENES, { keyPath: ['project', 'id'] });
    },
    blocking() {
      // Another tab wants a newer version: let it, and reopen on our next call.
      void attempt.then((db) => db.close());
      forget(attempt);
    },
    terminated: () => forget(attempt),
  });
  opening = attempt;
  attempt.catch(() => forget(attempt));
  return attempt;
}

function forget(attempt: Promise<IDBPDatabase>) {
  if (opening === attempt) opening = null;
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeDb() {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
}

export type Transaction<Mode extends IDBTransactionMode> = IDBPTransaction<unknown, string[], Mode>;

/**
 * Runs `op` in one transaction over `stores`, all or nothing, resolving once it is committed.
 * Writes are strict: one counts as done only once it is on disk, so a killed browser keeps it.
 * `op` may await only requests of `tx`: any other wait ends the transaction.
 */
export async function transact<Mode extends IDBTransactionMode, T>(
  stores: string[],
  mode: Mode,
  op: (tx: Transaction<Mode>) => Promise<T>,
): Promise<T> {
  const db = await openDb();
  const tx = db.transaction(stores, mode, mode === 'readwrite' ? { durability: 'strict' } : {});
  let settled = false;
  const done = tx.done.finally(() => (settled = true));
  const run = op(tx).catch((cause: unknown) => {
    // Nothing of a failed operation may be committed.
    if (!settled) tx.abort();
    throw cause;
  });
  const [result] = await Promise.all([run, done]);
  return result;
}

export const idbGet = async <T>(store: StoreName, key: string) =>
  (await (await openDb()).get(store, key)) as T | undefined;
export const idbAll = async <T>(store: StoreName) => (await (await openDb()).getAll(store)) as T[];
export const idbPut = <T extends { key: string }>(store: StoreName, value: T) =>
  transact([store], 'readwrite', (tx) => tx.objectStore(store).put(value)).then(() => undefined);
export const idbDelete = (store: StoreName, key: string) =>
  transact([store], 'readwrite', (tx) => tx.objectStore(store).delete(key));
