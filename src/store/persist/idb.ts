/** A minimal promise wrapper over IndexedDB: one database, named object stores keyed by `key`. */
const DB_NAME = 'scenewright';
const DB_VERSION = 1;
export const STORES = ['projects', 'avatars', 'meta'] as const;
export type StoreName = (typeof STORES)[number];

let opening: Promise<IDBDatabase> | null = null;

export function openDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      for (const name of STORES)
        if (!request.result.objectStoreNames.contains(name))
          request.result.createObjectStore(name, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB is not available'));
    };
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
  return opening;
}

function run<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        // Strict: a write counts as done only once it is on disk, so a killed browser keeps it.
        const tx =
          mode === 'readwrite'
            ? db.transaction(store, mode, { durability: 'strict' })
            : db.transaction(store, mode);
        const request = op(tx.objectStore(store));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error ?? request.error);
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      }),
  );
}

export const idbGet = <T>(store: StoreName, key: string) =>
  run<T | undefined>(store, 'readonly', (s) => s.get(key));
export const idbAll = <T>(store: StoreName) => run<T[]>(store, 'readonly', (s) => s.getAll());
export const idbPut = <T extends { key: string }>(store: StoreName, value: T) =>
  run(store, 'readwrite', (s) => s.put(value)).then(() => undefined);
export const idbDelete = (store: StoreName, key: string) =>
  run(store, 'readwrite', (s) => s.delete(key)).then(() => undefined);
