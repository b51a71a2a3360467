import { z } from 'zod';
import { build } from './build';
import { fromRequest } from './parse';
import { DEFAULT_PROJECT_NAME, type Project } from './project';
import { editorProjectRequestSchema } from './schema/request';

/**
 * How a project is kept in the browser. Version 1 kept only the portable request JSON; version 2
 * keeps the editor's model (stable scene ids) plus list metadata. Every read goes through
 * `migrateStoredProject`, so old records open in new builds.
 */
export const STORED_PROJECT_VERSION = 2;

export interface StoredProject {
  key: string;
  version: typeof STORED_PROJECT_VERSION;
  title: string;
  createdAt: number;
  updatedAt: number;
  thumbnail?: string;
  /** The scene on screen when last saved, so a reload shows exactly what was there. */
  activeSceneId?: string;
  project: Project;
}

const v1Schema = z.object({
  key: z.string(),
  version: z.literal(1),
  name: z.string().optional(),
  savedAt: z.number(),
  request: editorProjectRequestSchema,
});

const sceneModelSchema = z.looseObject({
  id: z.string(),
  background: z.unknown(),
  scripts: z.array(z.unknown()).optional(),
  clips: z.array(z.unknown()),
  extra: z.record(z.string(), z.unknown()),
});
const v2Schema = z.object({
  key: z.string(),
  version: z.literal(2),
  title: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  thumbnail: z.string().optional(),
  activeSceneId: z.string().optional(),
  project: z.looseObject({
    scenes: z.array(sceneModelSchema).min(1),
    extra: z.record(z.string(), z.unknown()),
  }),
});

type Migration = (record: unknown) => unknown;

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, Migration> = {
  1: (record) => {
    const v1 = v1Schema.parse(record);
    return {
      key: v1.key,
      version: 2,
      title: v1.name ?? v1.request.name ?? DEFAULT_PROJECT_NAME,
      createdAt: v1.savedAt,
      updatedAt: v1.savedAt,
      project: fromRequest(v1.request, { sceneId: (i) => `${v1.key}-scene-${i}` }),
    };
  },
};

export type MigrationResult =
  { ok: true; record: StoredProject; migrated: boolean } | { ok: false; reason: string };

export function migrateStoredProject(raw: unknown): MigrationResult {
  try {
    let record = raw;
    let version = (raw as { version?: unknown } | null)?.version;
    const start = version;
    while (typeof version === 'number' && version < STORED_PROJECT_VERSION) {
      const step = MIGRATIONS[version];
      if (!step) return { ok: false, reason: `No migration from version ${version}` };
      record = step(record);
      version = (record as { version: number }).version;
    }
    if (version !== STORED_PROJECT_VERSION)
      return { ok: false, reason: `Unknown stored version ${String(version)}` };
    // The request schema validates the document part; the model wrapper is checked here.
    v2Schema.parse(record);
    const stored = record as StoredProject;
    const check = editorProjectRequestSchema.safeParse(build(stored.project));
    if (!check.success)
      return { ok: false, reason: check.error.issues[0]?.message ?? 'invalid project' };
    return { ok: true, record: stored, migrated: start !== version };
  } catch (cause) {
    return { ok: false, reason: cause instanceof Error ? cause.message : String(cause) };
  }
}

/** The record under a new title; the project's own name follows it, as the list shows both. */
export function renamedStoredProject(record: StoredProject, title: string): StoredProject {
  return { ...record, title, project: { ...record.project, name: title } };
}

/** A copy under a new key, titled "… (copy)", new from `now`. */
export function copyOfStoredProject(
  record: StoredProject,
  key: string,
  now: number,
): StoredProject {
  const title = `${record.title} (copy)`;
  const copy = structuredClone(record);
  return {
    ...copy,
    key,
    title,
    project: { ...copy.project, name: title },
    createdAt: now,
    updatedAt: now,
  };
}
