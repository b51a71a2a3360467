import { configQuery, dropdownModelsQuery, modelListQuery, voicesQuery } from '../api/catalog';
import type { AppParts } from './composition';

/** How long the first render waits for the last project before it says it is still opening. */
const QUIET_OPENING_MS = 300;

/** What start-up touches of the app's parts. */
type StartingParts = Pick<AppParts, 'queryClient'> & {
  services: { session: Pick<AppParts['services']['session'], 'restore'> };
};

export interface Opening {
  /** Settles once the last project (or a new one) is in the editor, whether or not that worked. */
  done: Promise<void>;
  isDone: () => boolean;
  /** Settles with `done`, or after a short while: the moment to render the first screen. */
  firstRender: Promise<void>;
}

/**
 * Starts what the first screen waits on, all at once: the last project from IndexedDB and the
 * data the avatar and voice panels show. Each used to start only after the previous step had
 * rendered, so a cold start waited for them one after the other.
 */
export function startApp(app: StartingParts, quietMs = QUIET_OPENING_MS): Opening {
  const { queryClient } = app;
  void queryClient.prefetchQuery(dropdownModelsQuery());
  void queryClient.prefetchQuery(modelListQuery());
  void queryClient.prefetchQuery(voicesQuery());
  void queryClient.prefetchQuery(configQuery());
  let finished = false;
  const done = app.services.session
    .restore()
    .catch(() => undefined) // a store that cannot open leaves the new blank project
    .then(() => void (finished = true));
  const quiet = new Promise<void>((resolve) => setTimeout(resolve, quietMs));
  return { done, isDone: () => finished, firstRender: Promise.race([done, quiet]) };
}
