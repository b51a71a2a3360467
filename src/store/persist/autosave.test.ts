// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProject } from '../../domain/project';
import { createEditorStore, type EditorStore } from '../editor-store';
import { startAutosave, type Autosave } from './autosave';
import { closeDb } from './idb';
import { newStoredProject, projectRepository } from './project-repository';

const JOURNAL = 'scenewright.journal';

let store: EditorStore;
let autosave: Autosave;
let pending: (() => void)[];
/** Runs the writes that wait for the next painted frame. */
const paint = () => pending.splice(0).forEach((run) => run());
const rename = (name: string) => store.setState((s) => ({ project: { ...s.project, name } }));
const journalWrites = () =>
  vi.mocked(Storage.prototype.setItem).mock.calls.filter(([key]) => key === JOURNAL);

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  const project = createProject('scene-1');
  store = createEditorStore({ project });
  const record = newStoredProject('p-1', project, 1);
  await projectRepository.put(record);
  pending = [];
  vi.spyOn(Storage.prototype, 'setItem');
  autosave = startAutosave(store, record, {
    schedule: (run) => pending.push(run),
    thumbnail: () => 'data:image/png;base64,AAAA',
  });
});
afterEach(async () => {
  autosave.stop();
  await autosave.flush();
  vi.useRealTimers();
  vi.restoreAllMocks();
  await closeDb();
});

describe('autosave', () => {
  it('writes a burst of edits once, after the frame, and never journals per edit', async () => {
    const put = vi.spyOn(projectRepository, 'put');
    for (let i = 1; i <= 10; i++) rename(`name ${i}`);
    expect(put).not.toHaveBeenCalled();
    expect(autosave.status().state).toBe('pending');
    paint();
    await autosave.flush();
    expect(put).toHaveBeenCalledTimes(1);
    expect(journalWrites()).toHaveLength(0);
    expect((await projectRepository.get('p-1'))?.project.name).toBe('name 10');
    expect(autosave.status().state).toBe('saved');
  });

  it('follows a write in flight with exactly one more write of the latest state', async () => {
    const put = vi.spyOn(projectRepository, 'put');
    rename('first');
    paint();
    rename('second');
    paint();
    rename('third');
    paint();
    await autosave.flush();
    expect(put).toHaveBeenCalledTimes(2);
    expect(put.mock.calls[1]![0].project.name).toBe('third');
  });

  it('keeps the latest state in the journal when the page is left before the write', async () => {
    rename('unsaved');
    window.dispatchEvent(new Event('pagehide'));
    expect(journalWrites()).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(JOURNAL)!).project.name).toBe('unsaved');
    await autosave.flush();
    expect((await projectRepository.get('p-1'))?.project.name).toBe('unsaved');
  });

  it('journals a scene switch when the page is hidden, without a project write', async () => {
    const put = vi.spyOn(projectRepository, 'put');
    store.setState({ activeSceneId: 'elsewhere' });
    paint();
    expect(put).not.toHaveBeenCalled();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect((await projectRepository.get('p-1'))?.activeSceneId).toBe('elsewhere');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(journalWrites()).toHaveLength(1);
  });

  it('keeps the thumbnail beside the project: taken once edits settle, never in a project write', async () => {
    autosave.stop();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const record = (await projectRepository.get('p-1'))!;
    const put = vi.spyOn(projectRepository, 'put');
    const putThumbnail = vi.spyOn(projectRepository, 'putThumbnail');
    autosave = startAutosave(store, record, {
      schedule: (run) => pending.push(run),
      thumbnail: () => 'data:image/png;base64,BBBB',
    });
    rename('a');
    paint();
    rename('b');
    paint();
    vi.advanceTimersByTime(399);
    expect(putThumbnail).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(putThumbnail).toHaveBeenCalledTimes(1);
    await autosave.flush();
    await putThumbnail.mock.results[0]!.value;
    expect(put.mock.calls.every(([r]) => r.thumbnail === undefined)).toBe(true);
    const [summary] = await projectRepository.list();
    expect(summary?.thumbnail).toBe('data:image/png;base64,BBBB');
    expect((await projectRepository.get('p-1'))?.project.name).toBe('b');
  });

  it('reports a failed write in the user’s words', async () => {
    vi.spyOn(projectRepository, 'put').mockRejectedValue(new Error('QuotaExceededError'));
    rename('too big');
    paint();
    await autosave.flush();
    const status = autosave.status();
    expect(status.state).toBe('error');
    expect(status.state === 'error' && status.message).toMatch(/Could not save.*Download the JSON/);
  });
});
