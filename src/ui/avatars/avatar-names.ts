import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { dropdownModelsQuery, modelListQuery } from '../../api/catalog';
import { mergeAvatarChoices, type AvatarChoice } from '../../domain/avatar-catalog';
import type { AvatarModel } from '../../domain/schema/clips';

/**
 * The account catalog's human names of avatars and outfits ("Ethan", "Navy suit"), for the words
 * that name a placed avatar (Layers rows, the live region, the stage's description). Kept beside
 * i18next, which those words also read outside React; empty until the catalog has loaded.
 */
function createAvatarNames() {
  let avatars = new Map<string, { label: string; outfits: Map<string, string> }>();
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    set(choices: readonly AvatarChoice[]) {
      avatars = new Map(
        choices.map((a) => [
          a.id,
          { label: a.label, outfits: new Map(a.outfits.map((o) => [o.id, o.label])) },
        ]),
      );
      version++;
      for (const listener of listeners) listener();
    },
    /** "Ethan · Navy suit", or undefined while the catalog knows neither. */
    nameOf(model: Pick<AvatarModel, 'ai_name' | 'emotion'>): string | undefined {
      const avatar = avatars.get(model.ai_name);
      const outfit = avatar?.outfits.get(model.emotion);
      if (
        !avatar ||
        (avatar.label === model.ai_name && (outfit ?? model.emotion) === model.emotion)
      )
        return undefined;
      return `${avatar.label} · ${outfit ?? model.emotion}`;
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Changes whenever the names do: words cached per clip are cached per version too. */
    version: () => version,
  };
}

export const avatarNames = createAvatarNames();

/** Re-renders when the catalog's names arrive or change. */
export const useAvatarNamesVersion = () =>
  useSyncExternalStore(avatarNames.subscribe, avatarNames.version);

/** Hands the account's catalog (fetched at start-up) to `avatarNames` whenever it loads. */
export function useAvatarNamesFeed() {
  const dropdown = useQuery(dropdownModelsQuery()).data;
  const models = useQuery(modelListQuery()).data;
  useEffect(() => {
    if (dropdown || models) avatarNames.set(mergeAvatarChoices(dropdown ?? [], models ?? [], []));
  }, [dropdown, models]);
}
