import type { Project, Scene } from '../domain/project';

export interface ChangedPlace {
  sceneId: string;
  /** Clips added or changed there (removed ones cannot be selected). */
  clipIds: string[];
}

const clipsChanged = (before: Scene | undefined, after: Scene): string[] => {
  const old = new Map(before?.clips.map((c) => [c.id, c]));
  return after.clips.filter((c) => old.get(c.id) !== c).map((c) => c.id);
};

/** A scene whose only difference is its renumbered `sceneIdx` (another scene came or went) did not change. */
const sameButIndex = (a: Scene | undefined, b: Scene): boolean => {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('sceneIdx');
  return [...keys].every((k) => a[k as keyof Scene] === b[k as keyof Scene]);
};

/**
 * Where an undo or redo changed the document: the active scene when it changed, else the first
 * scene that did. Edits are immutable, so unchanged scenes and clips keep their identity.
 */
export function changedPlaces(
  before: Project,
  after: Project,
  activeSceneId: string,
): ChangedPlace | undefined {
  const old = new Map(before.scenes.map((s) => [s.id, s]));
  const changed = after.scenes.filter(
    (s) => old.get(s.id) !== s && !sameButIndex(old.get(s.id), s),
  );
  if (changed.length === 0) return undefined;
  const scene = changed.find((s) => s.id === activeSceneId) ?? changed[0]!;
  return { sceneId: scene.id, clipIds: clipsChanged(old.get(scene.id), scene) };
}
