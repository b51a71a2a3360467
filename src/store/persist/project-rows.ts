import type { Project, Scene } from '../../domain/project';
import type { StoredProject } from '../../domain/stored-project';

/**
 * How a stored project is laid out in IndexedDB: one row per project holding everything but the
 * scenes and their order (`sceneIds`), and one row per scene. Rows written before this layout
 * hold the whole project and are read as they are.
 */
export interface ProjectRow extends Omit<StoredProject, 'project'> {
  project: Omit<Project, 'scenes'>;
  sceneIds: string[];
  /** New on every write: tells this tab whether another one wrote the project since. */
  rev?: string;
}

export interface SceneRow {
  project: string;
  id: string;
  scene: Scene;
}

export const isSplitRow = (raw: unknown): raw is ProjectRow =>
  Array.isArray((raw as { sceneIds?: unknown } | null)?.sceneIds);

/** All scene rows of one project (array keys sort after strings, so `[key, []]` ends them). */
export const scenesOf = (projectKey: string) => IDBKeyRange.bound([projectKey], [projectKey, []]);

/** The project row, or undefined when scene ids repeat (such a project is kept whole). */
export function projectRow(record: StoredProject, rev: string): ProjectRow | undefined {
  const { scenes, ...project } = record.project;
  const sceneIds = scenes.map((s) => s.id);
  if (new Set(sceneIds).size !== sceneIds.length) return undefined;
  return { ...record, project, sceneIds, rev };
}

/** The stored project again, or undefined when a scene row is missing. */
export function joinRows(row: ProjectRow, sceneRows: SceneRow[]): unknown {
  const byId = new Map(sceneRows.map((r) => [r.id, r.scene]));
  const scenes = row.sceneIds.map((id) => byId.get(id));
  if (scenes.some((s) => s === undefined)) return undefined;
  const { sceneIds: _order, rev: _rev, ...rest } = row;
  return { ...rest, project: { ...row.project, scenes } };
}
