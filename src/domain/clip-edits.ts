import type { Project, Scene } from './project';
import type { Clip, VisualClip } from './schema/clips';
import { isVisual } from './clip-records';
import { perObject } from './per-object';

/** A partial change to a clip; `type` and `id` never change through a patch. */
export type ClipPatch = Partial<Omit<Clip, 'type' | 'id'>> & Record<string, unknown>;

export const findScene = (project: Project, sceneId: string): Scene | undefined =>
  project.scenes.find((s) => s.id === sceneId);

export function mapScene(project: Project, sceneId: string, fn: (scene: Scene) => Scene): Project {
  let changed = false;
  const scenes = project.scenes.map((scene) => {
    if (scene.id !== sceneId) return scene;
    const next = fn(scene);
    if (next !== scene) changed = true;
    return next;
  });
  return changed ? { ...project, scenes } : project;
}

export const addClips = (project: Project, sceneId: string, clips: Clip[]): Project =>
  mapScene(project, sceneId, (scene) => ({ ...scene, clips: [...scene.clips, ...clips] }));

/** Applies a patch per clip id; clips not named are left as they are (same object). */
export function patchClips(
  project: Project,
  sceneId: string,
  patches: Record<string, ClipPatch>,
): Project {
  return mapScene(project, sceneId, (scene) => {
    let changed = false;
    const clips = scene.clips.map((clip) => {
      const patch = patches[clip.id];
      if (!patch) return clip;
      const keys = Object.keys(patch);
      const record = clip as unknown as Record<string, unknown>;
      if (keys.every((k) => Object.is(record[k], patch[k]))) return clip;
      changed = true;
      const next: Record<string, unknown> = { ...clip, ...patch };
      for (const k of keys) if (patch[k] === undefined) delete next[k];
      return next as unknown as Clip;
    });
    return changed ? { ...scene, clips } : scene;
  });
}

export function removeClips(project: Project, sceneId: string, ids: readonly string[]): Project {
  const gone = new Set(ids);
  return mapScene(project, sceneId, (scene) =>
    scene.clips.some((c) => gone.has(c.id))
      ? { ...scene, clips: scene.clips.filter((c) => !gone.has(c.id)) }
      : scene,
  );
}

const layerOrderOf = perObject((clips: readonly Clip[]): readonly VisualClip[] =>
  Object.freeze(
    clips
      .map((clip, index) => ({ clip, index }))
      .filter((entry): entry is { clip: VisualClip; index: number } => isVisual(entry.clip))
      .sort((a, b) => (a.clip.layer ?? 0) - (b.clip.layer ?? 0) || a.index - b.index)
      .map(({ clip }) => clip),
  ),
);

/**
 * Clips with a stage box, bottom to top. Ties keep document order (later draws on top). One
 * frozen list per clips array (the document is immutable): after an edit the stage and the
 * Layers list read the same sorted list instead of each sorting the scene.
 */
export const clipsInLayerOrder = (scene: {
  readonly clips: readonly Clip[];
}): readonly VisualClip[] => layerOrderOf(scene.clips);

/**
 * Rewrites `layer` so that `orderedIds` (bottom to top) is the stacking order. Layers become
 * 0..n-1 for visual clips; audio keeps its layer.
 */
export function setLayerOrder(
  project: Project,
  sceneId: string,
  orderedIds: readonly string[],
): Project {
  const patches: Record<string, ClipPatch> = {};
  orderedIds.forEach((id, layer) => (patches[id] = { layer }));
  return patchClips(project, sceneId, patches);
}

/** Moves one clip `delta` places up (+) or down (-) in the stacking order. */
export function shiftLayer(
  project: Project,
  sceneId: string,
  clipId: string,
  delta: number,
): Project {
  const scene = findScene(project, sceneId);
  if (!scene) return project;
  const order = clipsInLayerOrder(scene).map((c) => c.id);
  const from = order.indexOf(clipId);
  if (from < 0) return project;
  const to = Math.max(0, Math.min(order.length - 1, from + delta));
  if (to === from) return project;
  order.splice(from, 1);
  order.splice(to, 0, clipId);
  return setLayerOrder(project, sceneId, order);
}

/** The layer above every visual clip of the scene (audio has no stage layer); 0 when it has none. */
export const nextLayerOf = (scene: Pick<Scene, 'clips'>): number =>
  scene.clips.reduce(
    (max, c) => (c.type === 'audio' ? max : Math.max(max, Math.floor(c.layer))),
    -1,
  ) + 1;

export const LOCK_KEYS = [
  'lockMovementX',
  'lockMovementY',
  'lockRotation',
  'lockScalingX',
  'lockScalingY',
] as const;

export const isLocked = (clip: Clip): boolean =>
  (clip as unknown as Record<string, unknown>).lockMovementX === true;

export function lockPatch(locked: boolean): ClipPatch {
  const patch: ClipPatch = {};
  for (const key of LOCK_KEYS) patch[key] = locked;
  return patch;
}
