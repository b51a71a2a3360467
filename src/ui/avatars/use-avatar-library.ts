import { useSyncExternalStore } from 'react';
import { useServices } from '../services';

export function useAvatarLibrary() {
  const { library } = useServices();
  const entries = useSyncExternalStore(library.subscribe, library.entries);
  return { entries, add: library.add };
}
