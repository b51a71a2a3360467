import { mapScene } from './clip-edits';
import { createScene, type Project, type Scene } from './project';
import type { Orientation } from './schema/common';
import type { Background, Script } from './schema/request';

/** Once scenes are added, removed or moved, `sceneIdx` is their order again (build numbers them). */
const renumbered = (scenes: Scene[]): Scene[] =>
  scenes.map((scene) => {
    if (scene.sceneIdx === undefined) return scene;
    const { sceneIdx: _dropped, ...rest } = scene;
    return rest;
  });

export function insertScene(
  project: Project,
  scene: Scene,
  index = project.scenes.length,
): Project {
  const scenes = [...project.scenes];
  scenes.splice(index, 0, scene);
  return { ...project, scenes: renumbered(scenes) };
}

/** A new empty scene that keeps the previous scene's voice and avatar ids in its script. */
export function addScene(
  project: Project,
  sceneId: string,
  afterIndex = project.scenes.length - 1,
): Project {
  const prev = project.scenes[afterIndex]?.scripts?.[0];
  const script: Partial<Script> = prev
    ? { isTTS: prev.isTTS, tts: prev.tts, modelId: '', clothId: '' }
    : {};
  return insertScene(project, createScene(sceneId, script), afterIndex + 1);
}

/** Copies a scene; clip ids are renamed by `renameClip` so that ids stay unique in the project. */
export function duplicateScene(
  project: Project,
  sceneId: string,
  newSceneId: string,
  renameClip: (oldId: string, type: string) => string,
): Project {
  const index = project.scenes.findIndex((s) => s.id === sceneId);
  const source = project.scenes[index];
  if (!source) return project;
  const copy: Scene = {
    ...structuredClone(source),
    id: newSceneId,
    clips: source.clips.map((clip) => {
      const id = renameClip(clip.id, clip.type);
      return {
        ...structuredClone(clip),
        id,
        ...('name' in clip && clip.name === clip.id ? { name: id } : {}),
      };
    }),
  };
  return insertScene(project, copy, index + 1);
}

export function removeScene(project: Project, sceneId: string): Project {
  if (project.scenes.length <= 1) return project;
  return { ...project, scenes: renumbered(project.scenes.filter((s) => s.id !== sceneId)) };
}

export function moveScene(project: Project, sceneId: string, toIndex: number): Project {
  const from = project.scenes.findIndex((s) => s.id === sceneId);
  if (from < 0) return project;
  const to = Math.max(0, Math.min(project.scenes.length - 1, toIndex));
  if (to === from) return project;
  const scenes = [...project.scenes];
  const [scene] = scenes.splice(from, 1);
  scenes.splice(to, 0, scene as Scene);
  return { ...project, scenes: renumbered(scenes) };
}

export const setBackground = (
  project: Project,
  sceneId: string,
  patch: Partial<Background>,
): Project =>
  mapScene(project, sceneId, (scene) => ({
    ...scene,
    background: { ...scene.background, ...patch },
  }));

export const setOrientation = (project: Project, orientation: Orientation): Project =>
  project.orientation === orientation ? project : { ...project, orientation };

export type ProjectSettings = Pick<
  Project,
  'name' | 'isExport' | 'workspaceId' | 'resolution' | 'webhookUrl' | 'merge'
>;

export function setSettings(project: Project, patch: Partial<ProjectSettings>): Project {
  const record = project as unknown as Record<string, unknown>;
  if (Object.entries(patch).every(([k, v]) => Object.is(record[k], v))) return project;
  const next: Project = { ...project, ...patch };
  for (const [k, v] of Object.entries(patch))
    if (v === undefined) delete (next as unknown as Record<string, unknown>)[k];
  return next;
}
