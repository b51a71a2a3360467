import {
  migrateStoredProject,
  STORED_PROJECT_VERSION,
  type StoredProject,
} from '../../domain/stored-project';
import { DEFAULT_PROJECT_NAME, type Project } from '../../domain/project';
import { idbAll, idbDelete, idbGet, idbPut } from './idb';

export interface ProjectSummary {
  key: string;
  title: string;
  updatedAt: number;
  createdAt: number;
  thumbnail?: string;
  scenes: number;
}

const JOURNAL_KEY = 'scenewright.journal';
type Meta = { key: string; value: string };
const thumbnailKey = (projectKey: string) => `thumbnail.${projectKey}`;
const LAST_OPEN_KEY = 'scenewright.lastOpen';

/** Projects in IndexedDB, plus a synchronous localStorage journal of the open one so that a tab
 * closed mid-edit loses nothing (IndexedDB writes are async and may not finish). */
export const projectRepository = {
  async list(): Promise<ProjectSummary[]> {
    const [all, meta] = await Promise.all([idbAll<unknown>('projects'), idbAll<Meta>('meta')]);
    const pictures = new Map(meta.map((m) => [m.key, m.value]));
    return all
      .map(migrateStoredProject)
      .flatMap((r) => (r.ok ? [r.record] : []))
      .map((r) => ({
        key: r.key,
        title: r.title,
        updatedAt: r.updatedAt,
        createdAt: r.createdAt,
        thumbnail: pictures.get(thumbnailKey(r.key)) ?? r.thumbnail,
        scenes: r.project.scenes.length,
      }))
      .sort((a, b) => b.updatedAt - a.updatedAt);
  },
  async get(key: string): Promise<StoredProject | undefined> {
    const raw = await withRetry(() => idbGet<unknown>('projects', key));
    const picture = await idbGet<Meta>('meta', thumbnailKey(key)).catch(() => undefined);
    const journal = readJournal();
    const stored = raw === undefined ? undefined : migrateStoredProject(raw);
    const found = stored?.ok ? stored.record : undefined;
    const record = found && picture ? { ...found, thumbnail: picture.value } : found;
    // The journal is written first on every change, so when times tie it is the fresher copy
    // (it also carries the scene on screen, which does not touch `updatedAt`).
    if (journal && journal.key === key && (!record || journal.updatedAt >= record.updatedAt))
      return journal;
    return record;
  },
  put: (record: StoredProject) => idbPut('projects', record),
  putThumbnail: (key: string, url: string) =>
    idbPut<Meta>('meta', { key: thumbnailKey(key), value: url }),
  delete: (key: string) =>
    Promise.all([idbDelete('projects', key), idbDelete('meta', thumbnailKey(key))]).then(
      () => undefined,
    ),
  /** Throws on quota errors so that the caller can show them. */
  journal(record: StoredProject) {
    localStorage.setItem(JOURNAL_KEY, JSON.stringify(record));
  },
  /**
   * The project to reopen. localStorage reaches disk seconds late, so after a killed browser the
   * durable copy in IndexedDB answers.
   */
  lastOpen: async (): Promise<string | null> => {
    const quick = localStorage.getItem(LAST_OPEN_KEY) ?? readJournal()?.key;
    if (quick) return quick;
    const meta = await idbGet<Meta>('meta', LAST_OPEN_KEY).catch(() => undefined);
    return meta?.value ?? null;
  },
  setLastOpen: (key: string) => {
    localStorage.setItem(LAST_OPEN_KEY, key);
    void idbPut('meta', { key: LAST_OPEN_KEY, value: key }).catch(() => undefined);
  },
};

/**
 * Right after a browser crash IndexedDB may refuse to open for a moment (the old process still
 * holds its files). Falling back to the journal then could show, and save, an older state.
 */
async function withRetry<T>(
  read: () => Promise<T>,
  waits = [100, 300, 1000, 2000, 3000],
): Promise<T> {
  for (const wait of waits) {
    try {
      return await read();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  return read();
}

function readJournal(): StoredProject | undefined {
  try {
    const raw = localStorage.getItem(JOURNAL_KEY);
    if (!raw) return undefined;
    const result = migrateStoredProject(JSON.parse(raw));
    return result.ok ? result.record : undefined;
  } catch {
    return undefined;
  }
}

export function newStoredProject(
  key: string,
  project: Project,
  now: number,
  title?: string,
): StoredProject {
  return {
    key,
    version: STORED_PROJECT_VERSION,
    title: title ?? project.name ?? DEFAULT_PROJECT_NAME,
    createdAt: now,
    updatedAt: now,
    project,
  };
}
