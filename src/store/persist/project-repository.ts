import {
  migrateStoredProject,
  STORED_PROJECT_VERSION,
  type StoredProject,
} from '../../domain/stored-project';
import { DEFAULT_PROJECT_NAME, type Project, type Scene } from '../../domain/project';
import { idbAll, idbGet, idbPut, SCENES, transact } from './idb';
import {
  isSplitRow,
  joinRows,
  projectRow,
  scenesOf,
  type ProjectRow,
  type SceneRow,
} from './project-rows';

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

/**
 * The scene objects on disk after this tab's last committed write or read of one project, under
 * that row's revision. Trusted only while the row on disk still carries it: another tab's write
 * (an undone delete, a rename) changes it, and the next save writes every scene again. One
 * project: only the open one's saves gain from it.
 */
let written: { key: string; rev: string; scenes: Map<string, Scene> } | undefined;
const remember = (record: StoredProject, rev: string | undefined) => {
  const scenes = new Map(record.project.scenes.map((s) => [s.id, s]));
  written = rev === undefined ? undefined : { key: record.key, rev, scenes };
};
const forget = (key: string) => {
  if (written?.key === key) written = undefined;
};
/** Unique enough to tell writers apart; `crypto.randomUUID` needs a secure context. */
const newRev = () => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;

/**
 * Projects in IndexedDB, one row per project and one per scene, so a save writes only the scenes
 * that changed; plus a synchronous localStorage journal of the open one so that a tab closed
 * mid-edit loses nothing (IndexedDB writes are async and may not finish).
 */
export const projectRepository = {
  async list(): Promise<ProjectSummary[]> {
    const [all, meta] = await Promise.all([idbAll<unknown>('projects'), idbAll<Meta>('meta')]);
    const pictures = new Map(meta.map((m) => [m.key, m.value]));
    return all
      .flatMap((raw): ProjectSummary[] => {
        const listed = summaryOf(raw);
        if (!listed) return [];
        const thumbnail = pictures.get(thumbnailKey(listed.key)) ?? listed.thumbnail;
        return [{ ...listed, thumbnail }];
      })
      .sort((a, b) => b.updatedAt - a.updatedAt);
  },
  async get(key: string): Promise<StoredProject | undefined> {
    const { raw, rev } = await withRetry(() =>
      transact(['projects', SCENES], 'readonly', async (tx) => {
        const row: unknown = await tx.objectStore('projects').get(key);
        if (!isSplitRow(row)) return { raw: row, rev: undefined };
        const sceneRows = (await tx.objectStore(SCENES).getAll(scenesOf(key))) as SceneRow[];
        return { raw: joinRows(row, sceneRows), rev: row.rev };
      }),
    );
    const picture = await idbGet<Meta>('meta', thumbnailKey(key)).catch(() => undefined);
    const journal = readJournal();
    const stored = raw === undefined ? undefined : migrateStoredProject(raw);
    const found = stored?.ok ? stored.record : undefined;
    if (found) remember(found, rev);
    const record = found && picture ? { ...found, thumbnail: picture.value } : found;
    // The journal is written first on every change, so when times tie it is the fresher copy
    // (it also carries the scene on screen, which does not touch `updatedAt`).
    if (journal && journal.key === key && (!record || journal.updatedAt >= record.updatedAt))
      return journal;
    return record;
  },
  /**
   * One transaction: the project row, the scenes whose object changed since the last committed
   * write (or that are not on disk), and away with the rows of removed scenes.
   */
  put: (record: StoredProject) => {
    const rev = newRev();
    return transact(['projects', SCENES], 'readwrite', async (tx) => {
      const scenes = tx.objectStore(SCENES);
      const [rowOnDisk, sceneKeys] = await Promise.all([
        tx.objectStore('projects').get(record.key),
        scenes.getAllKeys(scenesOf(record.key)),
      ]);
      const onDisk = sceneKeys.map((k) => (k as [string, string])[1]);
      const row = projectRow(record, rev);
      const sameRev = written?.key === record.key && written.rev === (rowOnDisk as ProjectRow)?.rev;
      const known = row && sameRev ? written?.scenes : undefined;
      const present = new Set(onDisk);
      const kept = new Set(row?.sceneIds);
      const requests: Promise<unknown>[] = [];
      // A request that throws aborts the transaction; the ones already made then fail too, and
      // that failure is the thrown one's, reported once.
      const request = (made: Promise<unknown>) => {
        void made.catch(() => undefined);
        requests.push(made);
      };
      request(tx.objectStore('projects').put(row ?? record));
      for (const scene of row ? record.project.scenes : [])
        if (!present.has(scene.id) || known?.get(scene.id) !== scene)
          request(scenes.put({ project: record.key, id: scene.id, scene } satisfies SceneRow));
      for (const id of onDisk) if (!kept.has(id)) request(scenes.delete([record.key, id]));
      await Promise.all(requests);
    }).then(
      () => remember(record, rev),
      (cause: unknown) => {
        forget(record.key); // unknown what is on disk now: write every scene next time
        throw cause;
      },
    );
  },
  putThumbnail: (key: string, url: string) =>
    idbPut<Meta>('meta', { key: thumbnailKey(key), value: url }),
  delete: async (key: string) => {
    forget(key);
    await transact(['projects', SCENES, 'meta'], 'readwrite', (tx) =>
      Promise.all([
        tx.objectStore('projects').delete(key),
        tx.objectStore(SCENES).delete(scenesOf(key)),
        tx.objectStore('meta').delete(thumbnailKey(key)),
      ]),
    );
  },
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

/** What the list shows of a row; a split row's scenes are checked when it is opened. */
function summaryOf(raw: unknown): ProjectSummary | undefined {
  if (isSplitRow(raw)) {
    const { key, title, updatedAt, createdAt, thumbnail, sceneIds } = raw;
    const fine =
      raw.version === STORED_PROJECT_VERSION &&
      typeof key === 'string' &&
      typeof title === 'string' &&
      typeof updatedAt === 'number' &&
      typeof createdAt === 'number' &&
      sceneIds.length > 0;
    return fine
      ? { key, title, updatedAt, createdAt, thumbnail, scenes: sceneIds.length }
      : undefined;
  }
  const migrated = migrateStoredProject(raw);
  if (!migrated.ok) return undefined;
  const { key, title, updatedAt, createdAt, thumbnail, project } = migrated.record;
  return { key, title, updatedAt, createdAt, thumbnail, scenes: project.scenes.length };
}
