// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestEditor } from '../../testing/test-editor';
import { createProjectSession, type ProjectSession } from './project-session';
import { projectRepository } from './project-repository';

let session: ProjectSession;
let editor: ReturnType<typeof createTestEditor>;

beforeEach(async () => {
  localStorage.clear();
  for (const p of await projectRepository.list()) await projectRepository.delete(p.key);
  let n = 0;
  editor = createTestEditor();
  session = createProjectSession(
    editor,
    () => null,
    (prefix) => `${prefix}-${++n}`,
  );
});

afterEach(async () => {
  vi.restoreAllMocks();
  await session.current()?.flush();
  session.dispose();
});

/** Makes a saved project that is not the open one, and returns its key. */
const savedProject = async (title: string) => {
  const key = await session.createBlank('landscape');
  editor.commands.scenes.setSettings({ name: title });
  await session.current()!.flush();
  await session.createBlank('landscape');
  return key;
};

describe('project session: project operations', () => {
  it('creates blank and sample projects under ids from the injected source', async () => {
    const key = await session.createBlank('portrait');
    expect(key).toMatch(/^p-\d+$/);
    expect(editor.project().orientation).toBe('portrait');
    expect(editor.project().scenes[0]!.id).toMatch(/^scene-\d+$/);
    await session.createFromSample();
    expect(editor.project().name).toBe('Sample: Hello, this is test video');
    expect((await session.list()).map((p) => p.key)).toHaveLength(2);
  });

  it('renames a saved project (title and project name), refusing blanks and the open one', async () => {
    const key = await savedProject('Draft');
    expect(await session.rename(key, '  Launch video ')).toBe(true);
    const record = await projectRepository.get(key);
    expect([record?.title, record?.project.name]).toEqual(['Launch video', 'Launch video']);
    expect(await session.rename(key, '   ')).toBe(false);
    expect(await session.rename(session.current()!.key, 'Not here')).toBe(false);
  });

  it('duplicates a project under a new key, titled as a copy, with its scenes', async () => {
    const key = await savedProject('Welcome');
    const copyKey = await session.duplicate(key);
    expect(copyKey).toBeDefined();
    expect(copyKey).not.toBe(key);
    const [original, copy] = await Promise.all([
      projectRepository.get(key),
      projectRepository.get(copyKey!),
    ]);
    expect(copy?.title).toBe('Welcome (copy)');
    expect(copy?.project.name).toBe('Welcome (copy)');
    expect(copy?.project.scenes).toEqual(original?.project.scenes);
  });

  it('duplicates the open project as it is on screen, unsaved edits included', async () => {
    const key = await session.createBlank('landscape');
    editor.commands.scenes.setSettings({ name: 'Just typed' });
    const copy = await projectRepository.get((await session.duplicate(key))!);
    expect(copy?.title).toBe('Just typed (copy)');
  });

  it('deletes a project that is not open and can bring it back', async () => {
    const key = await savedProject('Old');
    const removed = await session.remove(key);
    expect(removed?.title).toBe('Old');
    expect((await session.list()).some((p) => p.key === key)).toBe(false);
    await session.undoRemove(removed!);
    expect((await session.list()).find((p) => p.key === key)?.title).toBe('Old');
  });

  it('never deletes the open project', async () => {
    const open = session.current()?.key ?? (await session.createBlank('landscape'));
    expect(await session.remove(open)).toBeUndefined();
    expect(await projectRepository.get(open)).toBeDefined();
  });

  it('saves typing in one scene of many as that scene alone, and reopens it as typed', async () => {
    const key = await session.createBlank('landscape');
    editor.commands.scenes.add();
    editor.commands.scenes.add();
    await session.current()!.flush();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const typed = editor.store.getState().activeSceneId;
    for (const text of ['H', 'He', 'Hel', 'Hello']) editor.commands.script.setText(text);
    await session.current()!.flush();
    const sceneRows = put.mock.contexts.flatMap((store, i) =>
      (store as IDBObjectStore).name === 'scenes' ? [put.mock.calls[i]![0]] : [],
    );
    expect(sceneRows.map((row) => (row as { id: string }).id)).toEqual([typed]);
    expect((await projectRepository.get(key))?.project).toEqual(editor.project());
  });
});
