import { createContext, useContext } from 'react';
import type { ImageCache } from '../canvas/image-cache';
import type { IdSource } from '../domain/ids';
import type { AvatarLibrary } from '../store/persist/avatar-library';
import type { ProjectSession } from '../store/persist/project-session';

/** Long-lived browser services made by the composition root (src/app). */
export interface Services {
  /** Ids for new projects, scenes and imported scenes (see domain/ids). */
  newId: IdSource;
  library: AvatarLibrary;
  session: ProjectSession;
  /** Images the stage, previews and contact sheets draw, loaded once per URL. */
  images: ImageCache;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}
