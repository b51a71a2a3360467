import type { StageHandle } from '../../canvas/types';

/**
 * The one place the mounted stage is held: the Stage component sets it, thumbnails (autosave,
 * scenes strip), zoom, preview and the scripting hook read it. Made in the composition root.
 */
export interface StageHolder {
  current: () => StageHandle | null;
  set: (handle: StageHandle | null) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createStageHolder(): StageHolder {
  let handle: StageHandle | null = null;
  const listeners = new Set<() => void>();
  return {
    current: () => handle,
    set: (next) => {
      if (next === handle) return;
      handle = next;
      listeners.forEach((l) => l());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
