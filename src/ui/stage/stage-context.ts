import { createContext, useContext } from 'react';
import type { StageHandle } from '../../canvas/types';

export const StageContext = createContext<{
  handle: StageHandle | null;
  setHandle: (h: StageHandle | null) => void;
}>({
  handle: null,
  setHandle: () => undefined,
});

export const useStageHandle = () => useContext(StageContext).handle;
