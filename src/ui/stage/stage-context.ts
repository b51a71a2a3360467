import { createContext, useContext, useSyncExternalStore } from 'react';
import type { StageHolder } from './stage-holder';

export const StageContext = createContext<StageHolder | null>(null);

export function useStageHolder(): StageHolder {
  const holder = useContext(StageContext);
  if (!holder) throw new Error('useStageHolder outside <StageContext.Provider>');
  return holder;
}

/** The mounted stage, re-rendering when it mounts or goes. */
export function useStageHandle() {
  const holder = useStageHolder();
  return useSyncExternalStore(holder.subscribe, holder.current);
}
