import type { StoredProject } from '../../domain/stored-project';
import type { EditorStore } from '../editor-store';
import { projectRepository } from './project-repository';

export type SaveStatus =
  { state: 'saved' | 'pending' | 'saving'; at?: number } | { state: 'error'; message: string };

/** Thumbnails are costly to draw: taken once the user pauses this long. */
const THUMBNAIL_MS = 400;

/**
 * Saves the open project after every document change: at once to the journal (survives a closed
 * tab) and at once to IndexedDB with strict durability (survives a killed browser); writes are
 * serialised, the latest state wins. Failures are reported through the status, never swallowed;
 * while anything is unsaved the page asks before it is left.
 */
export function startAutosave(
  store: EditorStore,
  record: StoredProject,
  options: { thumbnail?: () => string | null } = {},
) {
  let current = record;
  let status: SaveStatus = { state: 'saved', at: record.updatedAt };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | null = null;
  let dirty = false;
  let wantThumbnail = false;
  const listeners = new Set<(s: SaveStatus) => void>();
  const setStatus = (s: SaveStatus) => {
    status = s;
    listeners.forEach((l) => l(s));
  };

  const writeOnce = async () => {
    dirty = false;
    setStatus({ state: 'saving' });
    try {
      if (wantThumbnail) {
        wantThumbnail = false;
        const thumbnail = options.thumbnail?.() ?? current.thumbnail;
        current = thumbnail ? { ...current, thumbnail } : current;
      }
      await projectRepository.put(current);
      if (!dirty) setStatus({ state: 'saved', at: current.updatedAt });
    } catch (cause) {
      setStatus({
        state: 'error',
        message: `Could not save to this browser: ${cause instanceof Error ? cause.message : String(cause)}. Download the JSON to keep your work.`,
      });
    }
  };

  /** Starts a write, or marks one to follow the write in flight. */
  const write = (): Promise<void> => {
    if (writing) {
      dirty = true;
      return writing;
    }
    writing = (async () => {
      do await writeOnce();
      while (dirty);
      writing = null;
    })();
    return writing;
  };

  const scheduleThumbnail = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      wantThumbnail = true;
      void write();
    }, THUMBNAIL_MS);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.project === prev.project) {
      if (state.activeSceneId !== prev.activeSceneId) {
        current = { ...current, activeSceneId: state.activeSceneId };
        try {
          projectRepository.journal(current);
        } catch {
          // The next document change reports storage trouble; a scene switch alone is not worth an alarm.
        }
      }
      return;
    }
    current = {
      ...current,
      project: state.project,
      activeSceneId: state.activeSceneId,
      title: state.project.name || current.title,
      updatedAt: Date.now(),
    };
    try {
      projectRepository.journal(current);
    } catch (cause) {
      setStatus({
        state: 'error',
        message: `Browser storage is full or blocked (${cause instanceof Error ? cause.name : 'error'}). Download the JSON to keep your work.`,
      });
    }
    if (status.state !== 'error') setStatus({ state: 'pending' });
    void write();
    scheduleThumbnail();
  });

  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (status.state === 'saved') return;
    e.preventDefault();
    e.returnValue = '';
  };
  const flushNow = () => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
      wantThumbnail = true;
      void write();
    }
  };
  window.addEventListener('beforeunload', beforeUnload);
  window.addEventListener('pagehide', flushNow);
  projectRepository.setLastOpen(record.key);
  // A project recovered from the journal after an abrupt close may have no picture in the list.
  if (!record.thumbnail) scheduleThumbnail();

  return {
    key: record.key,
    status: () => status,
    onStatus: (listener: (s: SaveStatus) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: async () => {
      flushNow();
      await writing;
    },
    stop: () => {
      flushNow();
      unsubscribe();
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', flushNow);
    },
  };
}

export type Autosave = ReturnType<typeof startAutosave>;
