import { useQuery } from '@tanstack/react-query';
import { dropdownModelsQuery, modelListQuery } from '../../api/catalog';
import { mergeAvatarChoices } from '../../domain/avatar-catalog';
import { useAvatarLibrary } from './use-avatar-library';

/** The avatar choices a real account has: dropdown/models + model + the avatar library. */
export function useAvatarChoices() {
  const dropdown = useQuery(dropdownModelsQuery());
  const models = useQuery(modelListQuery());
  const library = useAvatarLibrary();
  return {
    choices: mergeAvatarChoices(dropdown.data ?? [], models.data ?? [], library.entries),
    pending: dropdown.isPending || models.isPending,
    error: dropdown.error ?? models.error,
  };
}

/** The natural size of an image (an outfit thumbnail; no CORS needed), or null when it cannot be loaded. */
export function measureImage(
  url: string | undefined,
): Promise<{ width: number; height: number } | null> {
  if (!url) return Promise.resolve(null);
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () =>
      resolve(
        img.naturalWidth > 0 && img.naturalHeight > 0
          ? { width: img.naturalWidth, height: img.naturalHeight }
          : null,
      );
    img.onerror = () => resolve(null);
    img.src = url;
  });
}
