import 'fake-indexeddb/auto';
import { IDBDatabase as FakeDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, DB_VERSION, idbAll, idbDelete, idbGet, idbPut } from './idb';

const openRaw = (version: number) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('scenewright', version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDb();
  vi.restoreAllMocks();
});

describe('IndexedDB layer', () => {
  it('stores, lists, reads and deletes records by key', async () => {
    await idbPut('projects', { key: 'a', n: 1 });
    await idbPut('projects', { key: 'b', n: 2 });
    await idbPut('projects', { key: 'a', n: 3 });
    expect(await idbGet('projects', 'a')).toEqual({ key: 'a', n: 3 });
    expect((await idbAll<{ key: string }>('projects')).map((r) => r.key)).toEqual(['a', 'b']);
    await idbDelete('projects', 'a');
    expect(await idbGet('projects', 'a')).toBeUndefined();
    expect(await idbAll('meta')).toEqual([]);
  });

  it('commits every write with strict durability and reads without it', async () => {
    await idbAll('meta');
    const transaction = vi.spyOn(FakeDatabase.prototype, 'transaction');
    await idbPut('meta', { key: 'k', value: 'v' });
    await idbDelete('meta', 'k');
    await idbGet('meta', 'k');
    const modes = transaction.mock.calls.map(([, mode, options]) => [mode, options?.durability]);
    expect(modes).toEqual([
      ['readwrite', 'strict'],
      ['readwrite', 'strict'],
      ['readonly', undefined],
    ]);
  });

  it('opens afresh after a failed open instead of failing until reload', async () => {
    // A newer version of the app (another tab) upgraded the database: ours cannot open it.
    (await openRaw(DB_VERSION + 1)).close();
    await expect(idbGet('projects', 'x')).rejects.toThrow();
    await new Promise<void>((resolve) => {
      indexedDB.deleteDatabase('scenewright').onsuccess = () => resolve();
    });
    await idbPut('projects', { key: 'x' });
    expect(await idbGet('projects', 'x')).toEqual({ key: 'x' });
  });

  it('lets a newer version in another tab open instead of blocking it, then reopens', async () => {
    await idbPut('projects', { key: 'kept' });
    const blocked = vi.fn();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('scenewright', DB_VERSION + 1);
      request.onblocked = blocked;
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(blocked).not.toHaveBeenCalled();
    newer.close();
    // Our connection was let go; the next call opens again and reports the newer version.
    await expect(idbGet('projects', 'kept')).rejects.toThrow(/version/i);
  });
});
