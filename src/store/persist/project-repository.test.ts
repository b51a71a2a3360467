// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProject, createScene, type Project } from '../../domain/project';
import type { StoredProject } from '../../domain/stored-project';
import { closeDb } from './idb';
import { newStoredProject, projectRepository } from './project-repository';

const project = (...ids: string[]): Project => ({
  ...createProject(ids[0]!),
  scenes: ids.map((id) => createScene(id, { org: `words of ${id}` })),
});
const withScript = (record: StoredProject, sceneId: string, org: string): StoredProject => ({
  ...record,
  updatedAt: record.updatedAt + 1,
  project: {
    ...record.project,
    scenes: record.project.scenes.map((s) => (s.id === sceneId ? createScene(s.id, { org }) : s)),
  },
});

/** The scene rows put by the calls made from here on. */
const sceneWrites = () => {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  return () =>
    put.mock.contexts.flatMap((store, i) =>
      (store as IDBObjectStore).name === 'scenes'
        ? [(put.mock.calls[i]![0] as { id: string }).id]
        : [],
    );
};

const raw = <T>(store: string, op: (s: IDBObjectStore) => IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    const request = indexedDB.open('scenewright');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const read = op(db.transaction(store, 'readonly').objectStore(store));
      read.onsuccess = () => (db.close(), resolve(read.result));
      read.onerror = () => reject(read.error);
    };
  });
const sceneRowCount = () => raw('scenes', (s) => s.count());

/** Writes as another tab would: its own connection and transaction, not the repository's. */
const otherTabWrites = (stores: string[], op: (tx: IDBTransaction) => void) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('scenewright');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const tx = request.result.transaction(stores, 'readwrite');
      op(tx);
      tx.oncomplete = () => (request.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

describe('project repository: one row per scene', () => {
  it('writes again only the scenes whose object changed', async () => {
    const first = newStoredProject('p-1', project('a', 'b', 'c'), 1);
    await projectRepository.put(first);
    const written = sceneWrites();
    const edited = withScript(first, 'b', 'new words');
    await projectRepository.put(edited);
    expect(written()).toEqual(['b']);
    expect(await projectRepository.get('p-1')).toEqual(edited);
  });

  it('keeps the scene order and drops the rows of removed scenes', async () => {
    const first = newStoredProject('p-1', project('a', 'b', 'c'), 1);
    await projectRepository.put(first);
    const [a, , c] = first.project.scenes;
    const next = { ...first, project: { ...first.project, scenes: [c!, a!] } };
    const written = sceneWrites();
    await projectRepository.put(next);
    expect(written()).toEqual([]);
    expect((await projectRepository.get('p-1'))?.project.scenes.map((s) => s.id)).toEqual([
      'c',
      'a',
    ]);
    expect(await sceneRowCount()).toBe(2);
    expect((await projectRepository.list())[0]?.scenes).toBe(2);
  });

  it('commits all or nothing: after a failed write the last state opens, and the next write writes every scene', async () => {
    const first = newStoredProject('p-1', project('a', 'b', 'c'), 1);
    await projectRepository.put(first);
    // The project row goes in first; the scene row then fails.
    const original = IDBObjectStore.prototype.put;
    const failing = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'scenes') throw new DOMException('The disk is full', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const edited = { ...withScript(first, 'b', 'lost'), title: 'renamed' };
    await expect(projectRepository.put(edited)).rejects.toThrow(/disk is full/);
    failing.mockRestore();
    expect(await projectRepository.get('p-1')).toEqual(first);

    const written = sceneWrites();
    await projectRepository.put(withScript(first, 'b', 'kept'));
    expect(written()).toEqual(['a', 'b', 'c']);
  });

  it('restores every scene when a deleted project is put back', async () => {
    const first = newStoredProject('p-1', project('a', 'b'), 1);
    await projectRepository.put(first);
    await projectRepository.delete('p-1');
    expect(await sceneRowCount()).toBe(0);
    expect(await projectRepository.get('p-1')).toBeUndefined();
    await projectRepository.put(first);
    expect(await projectRepository.get('p-1')).toEqual(first);
  });

  it('writes a scene missing on disk even when its object did not change', async () => {
    const first = newStoredProject('p-1', project('a', 'b'), 1);
    await projectRepository.put(first);
    // Another tab (or a cleared site) removed a row behind this tab's back.
    await otherTabWrites(['scenes'], (tx) => tx.objectStore('scenes').delete(['p-1', 'a']));
    await projectRepository.put({ ...first, title: 'again' });
    expect((await projectRepository.get('p-1'))?.project).toEqual(first.project);
  });

  it('writes every scene again once another tab wrote the project since, older content included', async () => {
    const first = newStoredProject('p-1', project('a', 'b'), 1);
    await projectRepository.put(first);
    const mine = withScript(first, 'a', 'mine');
    await projectRepository.put(mine);
    // Another tab puts back an older copy (an undone delete): its own row, the old scene text.
    await otherTabWrites(['projects', 'scenes'], (tx) => {
      const { scenes, ...settings } = first.project;
      const row = { ...first, project: settings, sceneIds: ['a', 'b'], rev: 'another tab' };
      tx.objectStore('projects').put(row);
      for (const scene of scenes)
        tx.objectStore('scenes').put({ project: 'p-1', id: scene.id, scene });
    });
    const next = withScript(mine, 'b', 'later');
    await projectRepository.put(next);
    expect(await projectRepository.get('p-1')).toEqual(next);
  });

  it('keeps projects whose keys share a beginning apart', async () => {
    const one = newStoredProject('p-1', project('a'), 1);
    const ten = newStoredProject('p-10', project('a', 'b'), 1);
    await projectRepository.put(one);
    await projectRepository.put(ten);
    await projectRepository.delete('p-1');
    expect(await projectRepository.get('p-10')).toEqual(ten);
    expect(await sceneRowCount()).toBe(2);
  });

  it('keeps a project whose scene ids repeat whole, and opens it as it was', async () => {
    const twice = project('a', 'b');
    twice.scenes[1] = { ...twice.scenes[1]!, id: 'a' };
    const record = newStoredProject('p-1', twice, 1);
    await projectRepository.put(record);
    expect(await projectRepository.get('p-1')).toEqual(record);
    expect(await sceneRowCount()).toBe(0);
  });
});

describe('project repository: rows written before one row per scene', () => {
  const legacyRecord = () => newStoredProject('old', project('a', 'b'), 5, 'Old project');
  /** A database as the previous build left it: version 1, whole projects in `projects`. */
  const previousBuildDatabase = (record: StoredProject) =>
    new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('scenewright', 1);
      request.onupgradeneeded = () => {
        for (const name of ['projects', 'avatars', 'meta'])
          request.result.createObjectStore(name, { keyPath: 'key' });
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const tx = request.result.transaction('projects', 'readwrite');
        tx.objectStore('projects').put(record);
        tx.oncomplete = () => (request.result.close(), resolve());
      };
    });

  it('opens and lists a whole-project row from the previous build', async () => {
    const record = legacyRecord();
    await previousBuildDatabase(record);
    expect(await projectRepository.get('old')).toEqual(record);
    expect(await projectRepository.list()).toEqual([
      { key: 'old', title: 'Old project', createdAt: 5, updatedAt: 5, scenes: 2 },
    ]);
  });

  it('splits it on its next save, writing every scene once', async () => {
    const record = legacyRecord();
    await previousBuildDatabase(record);
    const opened = (await projectRepository.get('old'))!;
    const written = sceneWrites();
    const edited = withScript(opened, 'a', 'edited');
    await projectRepository.put(edited);
    expect(written()).toEqual(['a', 'b']);
    expect(await raw('projects', (s) => s.get('old'))).toMatchObject({ sceneIds: ['a', 'b'] });
    expect(await projectRepository.get('old')).toEqual(edited);
  });
});
