import { openDB, type IDBPDatabase, type IDBPObjectStore } from 'idb';

/** One database, named object stores keyed by `key`, through the `idb` library. */
const DB_NAME = 'scenewright';
const DB_VERSION = 1;
export const STORES = ['projects', 'avatars', 'meta'] as const;
export type StoreName = (typeof STORES)[number];

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

type WriteStore = IDBPObjectStore<unknown, [StoreName], StoreName, 'readwrite'>;

async function write(store: StoreName, op: (s: WriteStore) => Promise<unknown>) {
  const db = await openDb();
  // Strict: a write counts as done only once it is on disk, so a killed browser keeps it.
  const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
  await Promise.all([op(tx.store), tx.done]);
}

export const idbGet = async <T>(store: StoreName, key: string) =>
  (await (await openDb()).get(store, key)) as T | undefined;
export const idbAll = async <T>(store: StoreName) => (await (await openDb()).getAll(store)) as T[];
export const idbPut = <T extends { key: string }>(store: StoreName, value: T) =>
  write(store, (s) => s.put(value));
export const idbDelete = (store: StoreName, key: string) => write(store, (s) => s.delete(key));
