import type { IdSource } from '../../domain/ids';
import { createProject, type Project } from '../../domain/project';
import type { Orientation } from '../../domain/schema/common';
import { sampleProject } from '../../domain/sample-project';
import {
  copyOfStoredProject,
  renamedStoredProject,
  type StoredProject,
} from '../../domain/stored-project';
import type { Editor } from '../editor-context';
import { startAutosave, type Autosave } from './autosave';
import { newStoredProject, projectRepository } from './project-repository';
import { askToHandOver, listenForTakeover, tryLock, waitForLock, type HeldLock } from './tab-lock';

/**
 * Whether this tab edits the open project: `elsewhere` when another tab had it first, `handed-over`
 * when another tab took it from this one. In both this tab is read-only until the user decides.
 */
export type TabState =
  { state: 'editing' } | { state: 'elsewhere' | 'handed-over'; key: string; title: string };

/**
 * Which project is open and how it is saved. Opening another project swaps the document in the
 * same editor (fresh history) and restarts autosave on its record. A project is edited in one tab
 * at a time (see tab-lock): nothing is ever overwritten by a second tab silently.
 */
export function createProjectSession(
  editor: Editor,
  thumbnail: () => string | null,
  newId: IdSource,
) {
  let autosave: Autosave | null = null;
  let held: HeldLock | null = null;
  let tab: TabState = { state: 'editing' };
  let openKey: string | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const setReadOnly = (readOnly: boolean) => editor.store.setState({ readOnly });

  const stopEditing = () => {
    autosave?.stop();
    autosave = null;
    held?.release();
    held = null;
  };

  const show = (record: StoredProject) => {
    openKey = record.key;
    editor.commands.scenes.open(record.project);
    if (record.activeSceneId && record.project.scenes.some((s) => s.id === record.activeSceneId))
      editor.store.setState({ activeSceneId: record.activeSceneId });
  };

  const startEditing = (record: StoredProject, lock: HeldLock) => {
    held = lock;
    autosave = startAutosave(editor.store, record, { thumbnail });
    tab = { state: 'editing' };
    setReadOnly(false);
    void lock.lost.then(() => {
      if (held === lock) handOver(record.key);
    });
    notify();
  };

  const attach = async (record: StoredProject, heldLock?: HeldLock | null) => {
    stopEditing();
    setReadOnly(true);
    show(record);
    setReadOnly(true);
    const lock = heldLock ?? (await tryLock(record.key));
    if (lock) return startEditing(record, lock);
    tab = { state: 'elsewhere', key: record.key, title: record.title };
    notify();
  };

  /** Another tab asked for the project: save what is pending, then step back to read-only. */
  const handOver = async (key: string) => {
    if (!autosave || autosave.key !== key) return;
    setReadOnly(true);
    const title = editor.store.getState().project.name || 'This project';
    await autosave.flush().catch(() => undefined);
    stopEditing();
    tab = { state: 'handed-over', key, title };
    notify();
  };
  const stopListening = listenForTakeover((key) => void handOver(key));

  const create = async (project: Project, title?: string) => {
    await autosave?.flush();
    const record = newStoredProject(newId('p'), project, Date.now(), title);
    try {
      projectRepository.journal(record);
    } catch {
      // Autosave reports storage trouble on the next edit; the project still opens.
    }
    // Not awaited: the editor opens at once, and IndexedDB commits this before any later write
    // (read-write transactions on one store run in the order they were made).
    void projectRepository.put(record).catch(() => undefined);
    await attach(record);
    return record.key;
  };

  return {
    /** Restores the last open project (journal first), or starts a blank one. */
    restore: async () => {
      const key = await projectRepository.lastOpen();
      const record = key ? await projectRepository.get(key).catch(() => undefined) : undefined;
      if (!record) {
        await create(createProject(newId('scene')));
        return;
      }
      const lock = await tryLock(record.key);
      // What the journal recovered after a crash is written back at once, before anything else
      // can overwrite the journal; a project another tab edits is left to that tab.
      if (lock) void projectRepository.put(record).catch(() => undefined);
      await attach(record, lock);
    },
    create,
    open: async (key: string) => {
      await autosave?.flush();
      const record = await projectRepository.get(key);
      if (record) await attach(record);
    },
    /** Edit here: the other tab saves, turns read-only and lets go; this tab loads its latest. */
    takeOver: async () => {
      if (tab.state === 'editing') return;
      const { key } = tab;
      askToHandOver(key);
      const lock = await waitForLock(key);
      const record = await projectRepository.get(key);
      if (!record) {
        lock.release();
        return;
      }
      show(record);
      startEditing(record, lock);
    },
    /** Leaves the other tab alone and goes on in a copy of its latest state. */
    openCopy: async () => {
      if (tab.state === 'editing') return;
      const record = await projectRepository.get(tab.key);
      const project = record?.project ?? editor.store.getState().project;
      await create({ ...project, name: `${project.name || tab.title} (copy)` });
    },
    /** A blank project, or the vendor's sample, opened at once. */
    createBlank: (orientation: Orientation) =>
      create(createProject(newId('scene'), { orientation })),
    createFromSample: () => create(sampleProject(newId)),
    list: () => projectRepository.list(),
    /**
     * Renames a saved project that is not open (the open one is renamed in the toolbar, through
     * the editor, so that its undo history holds it). Blank or unchanged titles change nothing.
     */
    rename: async (key: string, title: string) => {
      const trimmed = title.trim();
      if (!trimmed || key === autosave?.key) return false;
      const record = await projectRepository.get(key);
      if (!record || record.title === trimmed) return false;
      await projectRepository.put(renamedStoredProject(record, trimmed));
      return true;
    },
    /** Copies a saved project (the open one as last saved) under a new key; returns that key. */
    duplicate: async (key: string) => {
      if (key === autosave?.key) await autosave.flush();
      const record = await projectRepository.get(key);
      if (!record) return undefined;
      const copy = copyOfStoredProject(record, newId('p'), Date.now());
      await projectRepository.put(copy);
      return copy.key;
    },
    /** Deletes a project that is not open; returns the record so that the deletion can be undone. */
    remove: async (key: string) => {
      if (key === autosave?.key) return undefined;
      const record = await projectRepository.get(key);
      // One that cannot be read back could not be restored by undo: keep it.
      if (!record) return undefined;
      await projectRepository.delete(key);
      return record;
    },
    undoRemove: (record: StoredProject) => projectRepository.put(record),
    tab: () => tab,
    /** The saved project the editor shows (editing or read-only); null before the first opens. */
    openKey: () => openKey,
    current: () => autosave,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispose: () => {
      stopListening();
      stopEditing();
    },
  };
}

export type ProjectSession = ReturnType<typeof createProjectSession>;
