import type { StoredProject } from '../../domain/stored-project';
import type { EditorStore } from '../editor-store';
import { projectRepository } from './project-repository';

export type SaveStatus =
  { state: 'saved' | 'pending' | 'saving'; at?: number } | { state: 'error'; message: string };

/** Thumbnails are costly to draw: taken once the user pauses this long. */
const THUMBNAIL_MS = 400;

/**
 * Runs `write` once the frame that showed an edit is painted and the page is idle (at the latest
 * 300 ms later); after 100 ms in a hidden tab; after a second in any case. Not between that frame
 * and the next: a write copies the changed scenes for IndexedDB, which would delay the next frame.
 */
export function afterPaint(write: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    write();
  };
  const hidden = globalThis.document?.visibilityState === 'hidden';
  if (typeof requestAnimationFrame === 'function' && !hidden)
    requestAnimationFrame(() =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(once, { timeout: 300 })
        : setTimeout(once, 0),
    );
  // A tab hidden before its next frame draws no frame: the write must not wait for one.
  setTimeout(once, hidden ? 100 : 1000);
}

/**
 * Saves the open project after document changes to IndexedDB with strict durability (survives a
 * killed browser); a write carries the project's settings and only the scenes that changed. The
 * write starts after the edit is painted, so all changes of one gesture or keystroke burst
 * coalesce into one write; writes are serialised, the latest state wins. The synchronous
 * localStorage journal is written only when the page is hidden or left with something unsaved
 * (survives a closed tab), never per edit: it serialises the whole project.
 * Failures are reported through the status, never swallowed; while anything is unsaved the page
 * asks before it is left.
 */
export function startAutosave(
  store: EditorStore,
  record: StoredProject,
  options: {
    thumbnail?: () => string | null;
    /** When to start a write after a change (tests pass a manual scheduler). */
    schedule?: (write: () => void) => void;
  } = {},
) {
  const schedule = options.schedule ?? afterPaint;
  const { thumbnail: recordThumbnail, ...rest } = record;
  let current: StoredProject = rest;
  let thumbnail = recordThumbnail;
  let status: SaveStatus = { state: 'saved', at: record.updatedAt };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | null = null;
  let dirty = false;
  let scheduled = false;
  /** The journal lags `current` (a change or a scene switch since it was last written). */
  let journalStale = false;
  const listeners = new Set<(s: SaveStatus) => void>();
  const setStatus = (s: SaveStatus) => {
    status = s;
    listeners.forEach((l) => l(s));
  };

  const writeOnce = async () => {
    dirty = false;
    setStatus({ state: 'saving' });
    try {
      const written = current;
      await projectRepository.put(written);
      if (current === written) journalStale = false; // IndexedDB holds what the journal would
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

  /** Kept beside the project, not in it: a project write never carries the picture. */
  const saveThumbnail = (url: string | null | undefined) => {
    if (!url || url === thumbnail) return;
    thumbnail = url;
    void projectRepository.putThumbnail(current.key, url).catch(() => undefined);
  };
  const takeThumbnail = () => {
    clearTimeout(timer);
    timer = undefined;
    saveThumbnail(options.thumbnail?.());
  };
  const scheduleThumbnail = () => {
    clearTimeout(timer);
    timer = setTimeout(takeThumbnail, THUMBNAIL_MS);
  };

  const scheduleWrite = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      if (!scheduled) return; // flushed meanwhile
      scheduled = false;
      void write();
    });
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.project === prev.project) {
      if (state.activeSceneId !== prev.activeSceneId) {
        current = { ...current, activeSceneId: state.activeSceneId };
        journalStale = true;
      }
      return;
    }
    current = {
      ...current,
      project: state.project,
      activeSceneId: state.activeSceneId,
      title: state.project.name || current.title,
      // Strictly later than the copy it replaces: a journal written in the same millisecond
      // (on creation) would otherwise win the tie in `projectRepository.get`.
      updatedAt: Math.max(Date.now(), current.updatedAt + 1),
    };
    journalStale = true;
    if (status.state !== 'error') setStatus({ state: 'pending' });
    scheduleWrite();
    scheduleThumbnail();
  });

  /** The tab may be closed or killed from here on: keep the latest state synchronously. */
  const writeJournal = () => {
    if (!journalStale) return;
    try {
      projectRepository.journal(current);
      journalStale = false;
    } catch (cause) {
      if (status.state === 'saved') return; // IndexedDB holds it; the journal is only a backup.
      setStatus({
        state: 'error',
        message: `Browser storage is full or blocked (${cause instanceof Error ? cause.name : 'error'}). Download the JSON to keep your work.`,
      });
    }
  };

  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (status.state === 'saved') return;
    e.preventDefault();
    e.returnValue = '';
  };
  const flushNow = () => {
    if (scheduled) {
      scheduled = false;
      void write();
    }
    if (timer) takeThumbnail();
  };
  const onLeave = () => {
    writeJournal();
    flushNow();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') onLeave();
  };
  window.addEventListener('beforeunload', beforeUnload);
  window.addEventListener('pagehide', onLeave);
  document.addEventListener('visibilitychange', onHidden);
  projectRepository.setLastOpen(record.key);
  // A project recovered from the journal after an abrupt close may have no picture in the list.
  if (!recordThumbnail) scheduleThumbnail();

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
      window.removeEventListener('pagehide', onLeave);
      document.removeEventListener('visibilitychange', onHidden);
    },
  };
}

export type Autosave = ReturnType<typeof startAutosave>;
