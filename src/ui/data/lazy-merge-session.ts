import type { MergeSession } from './merge-session';

/** Where merge-session.ts keeps the run: its presence after a reload means a run to go on with. */
export const MERGE_RUN_KEY = 'scenewright.merge-run';

/**
 * The data merge's session, made when first needed: its code (merge, run, jobs API) is not on the
 * first screen. One session per app, made once.
 */
export function createLazyMergeSession() {
  let made: Promise<MergeSession> | undefined;
  const get = () => (made ??= import('./merge-session').then((m) => m.createMergeSession()));
  return {
    get,
    /** After a reload: a run left unfinished goes on; with none saved nothing is fetched. */
    resumeIfSaved: () => {
      if (globalThis.localStorage?.getItem(MERGE_RUN_KEY)) void get().then((s) => s.resume());
    },
  };
}

export type LazyMergeSession = ReturnType<typeof createLazyMergeSession>;
