import { avatarKey, type AvatarLibraryEntry } from '../../domain/avatar-harvest';
import { idbAll, idbPut } from './idb';

type Listener = () => void;

/** Avatars met in imported or fetched projects, kept in IndexedDB for every future project. */
export function createAvatarLibrary() {
  let entries: AvatarLibraryEntry[] = [];
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());
  const ready = idbAll<AvatarLibraryEntry>('avatars')
    .then((all) => {
      entries = all.sort((a, b) => a.addedAt - b.addedAt);
      emit();
    })
    .catch(() => undefined);

  return {
    ready,
    entries: () => entries,
    subscribe: (listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Adds new avatars; one already known keeps its first source. */
    add: async (found: AvatarLibraryEntry[]) => {
      await ready;
      const known = new Set(entries.map((e) => e.key));
      const fresh = found.filter((e) => !known.has(avatarKey(e.model)));
      if (fresh.length === 0) return 0;
      entries = [...entries, ...fresh];
      emit();
      await Promise.all(fresh.map((e) => idbPut('avatars', e)));
      return fresh.length;
    },
  };
}

export type AvatarLibrary = ReturnType<typeof createAvatarLibrary>;
