import { avatarKey, hasPlacementGeometry, type AvatarLibraryEntry } from './avatar-harvest';
import { labelText, type DropdownModel, type ModelEntry } from './schema/account';
import type { AvatarModel } from './schema/clips';

/**
 * The avatar panel's choices as a real account sees them: ids and labels from `dropdown/models`,
 * outfits (labels, thumbnails) from `model`, and placement geometry only from projects that used
 * the avatar and outfit (the avatar library). Without geometry the outfit is placed at an estimate.
 */
export interface OutfitChoice {
  id: string;
  label: string;
  thumbnail?: string;
  model: AvatarModel;
  /** `harvested`: geometry from a real project; `estimate`: sized from the thumbnail. */
  placement: 'harvested' | 'estimate';
  /** Where harvested geometry came from. */
  source?: string;
}

export interface AvatarChoice {
  id: string;
  label: string;
  avatarType?: string;
  thumbnail?: string;
  outfits: OutfitChoice[];
}

/** The documented minimum (`ai_name`, `emotion`) plus the thumbnail where AI Studios' editor keeps it. */
export function estimatedAvatarModel(
  aiName: string,
  clothId: string,
  thumbnail?: string,
): AvatarModel {
  return thumbnail
    ? { ai_name: aiName, emotion: clothId, deployImage: { themb_src: thumbnail } }
    : { ai_name: aiName, emotion: clothId };
}

/** A placed avatar without documented geometry: its size on stage is a guess. */
export const isEstimatedAvatar = (model: AvatarModel): boolean => !hasPlacementGeometry(model);

/** The seed avatar's tight box: the size used when not even a thumbnail could be measured. */
export const FALLBACK_AVATAR_SIZE = { width: 679, height: 2229 } as const;

export function mergeAvatarChoices(
  dropdown: readonly DropdownModel[],
  models: readonly ModelEntry[],
  library: readonly AvatarLibraryEntry[],
  language = 'en',
): AvatarChoice[] {
  const harvested = new Map(
    library.filter((e) => hasPlacementGeometry(e.model)).map((e) => [e.key, e]),
  );
  const choices = new Map<string, AvatarChoice>();
  const avatar = (id: string) => {
    let found = choices.get(id);
    if (!found) choices.set(id, (found = { id, label: id, outfits: [] }));
    return found;
  };
  for (const entry of dropdown) {
    const a = avatar(entry.id);
    a.label = labelText(entry.label, entry.id, language);
    if (entry.avatarType) a.avatarType = entry.avatarType;
  }
  for (const entry of models) {
    const a = avatar(entry.id);
    if (a.label === entry.id) a.label = labelText(entry.label, entry.id, language);
    if (entry.thumbnail) a.thumbnail = entry.thumbnail;
    for (const cloth of entry.clothes ?? []) {
      const known = harvested.get(`${entry.id}/${cloth.id}`);
      a.outfits.push({
        id: cloth.id,
        label: labelText(cloth.label, cloth.id, language),
        thumbnail: cloth.thumbnail,
        ...(known
          ? {
              model: structuredClone(known.model),
              placement: 'harvested' as const,
              source: known.source,
            }
          : {
              model: estimatedAvatarModel(entry.id, cloth.id, cloth.thumbnail),
              placement: 'estimate' as const,
            }),
      });
    }
  }
  // Outfits met in projects but absent from the account's lists stay placeable.
  for (const entry of harvested.values()) {
    const a = avatar(entry.model.ai_name);
    if (a.outfits.some((o) => avatarKey(o.model) === entry.key)) continue;
    a.outfits.push({
      id: entry.model.emotion,
      label: entry.model.emotion,
      thumbnail: entry.model.deployImage?.themb_src ?? entry.model.source_url,
      model: structuredClone(entry.model),
      placement: 'harvested',
      source: entry.source,
    });
  }
  return [...choices.values()];
}

/** What the outfit picker of a placed avatar offers, the clip's own outfit always among them. */
export interface OutfitMenu {
  avatar?: AvatarChoice;
  outfits: OutfitChoice[];
  /** The clip's outfit is not in the account's list (kept as the first, unlabelled entry). */
  currentUnlisted: boolean;
}

export function outfitMenuFor(choices: readonly AvatarChoice[], model: AvatarModel): OutfitMenu {
  const avatar = choices.find((a) => a.id === model.ai_name);
  const outfits = avatar?.outfits ?? [];
  return {
    ...(avatar ? { avatar } : {}),
    outfits,
    currentUnlisted: !outfits.some((o) => o.id === model.emotion),
  };
}

/** The model to switch to when the picker names `outfitId`; undefined for the clip's own unlisted one. */
export const outfitModel = (menu: OutfitMenu, outfitId: string): AvatarModel | undefined =>
  menu.outfits.find((o) => o.id === outfitId)?.model;

/**
 * Placing an outfit: harvested geometry is placed as is; an estimate needs the thumbnail's natural
 * size (null when it cannot be had, and the fallback size is used).
 */
export const needsThumbnailSize = (outfit: OutfitChoice): boolean =>
  outfit.placement === 'estimate';
