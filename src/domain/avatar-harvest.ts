import type { Project } from './project';
import type { AvatarModel } from './schema/clips';

export interface AvatarLibraryEntry {
  key: string;
  model: AvatarModel;
  /** Where it was met, shown to the user ("Imported file seed.json", "AI Studios project …"). */
  source: string;
  addedAt: number;
}

export const avatarKey = (model: AvatarModel) => `${model.ai_name}/${model.emotion}`;

/** Placing an avatar needs its editor geometry; an entry without it is kept but can't be placed. */
export const hasPlacementGeometry = (model: AvatarModel): boolean =>
  Boolean(
    (model.source_url || model.deployImage?.edit_src) &&
    (model.deploySize || (model.editor?.modelTightW && model.editor?.modelTightH)),
  );

/** Every distinct avatar/outfit of a project, with its full `model` object. */
export function harvestAvatars(
  project: Project,
  source: string,
  now: number,
): AvatarLibraryEntry[] {
  const found = new Map<string, AvatarLibraryEntry>();
  for (const scene of project.scenes)
    for (const clip of scene.clips)
      if (clip.type === 'aiModel' && !found.has(avatarKey(clip.model)))
        found.set(avatarKey(clip.model), {
          key: avatarKey(clip.model),
          model: structuredClone(clip.model),
          source,
          addedAt: now,
        });
  return [...found.values()];
}
