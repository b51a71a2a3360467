import { driveRun, type DriveOptions } from './drive-run';
import type { RunState } from '../merge/run';
import { lockRunFolder } from './folder-lock';
import { rowIdentities } from './row-identity';
import { readSavedRun, savedShape, startingState, writeSavedRun } from './saved-run';
import type { ServerLink } from './server-link';

export interface ResumableOptions extends Omit<DriveOptions, 'api' | 'initial' | 'save'> {
  link: ServerLink;
  dryRun?: boolean;
  /** `--render-again`: new exports even for rows an earlier run into `outDir` already sent. */
  renderAgain?: boolean;
}

/**
 * Sends the items so that running the same command again never pays twice for a row: the run is
 * saved in `outDir` before every send and resumed from there, each row's Idempotency-Key is derived
 * from what it sends (the server answers a repeat with the first job), and one command at a time
 * uses a folder.
 */
export async function sendResumably(options: ResumableOptions) {
  const { link, outDir, io } = options;
  const release = lockRunFolder(outDir);
  try {
    const identities = rowIdentities(options.items);
    // A dry run's simulator is gone with its process: its jobs cannot be followed again, and
    // the folder's saved run (a real server's) is left as it is.
    const server = link.url;
    const saved = options.dryRun ? [] : readSavedRun(outDir, server);
    const { state: initial, resumed } = startingState(identities, saved, options.renderAgain);
    if (resumed > 0)
      io.out(
        `${resumed} of these rows were sent by an earlier run into ${outDir}: they are followed, not sent again (--render-again makes new videos).`,
      );
    let lastSaved = '';
    const save = (state: RunState) => {
      if (options.dryRun) return;
      const shape = savedShape(state);
      if (shape === lastSaved) return;
      lastSaved = shape;
      writeSavedRun(outDir, server, state, identities);
    };
    save(initial);
    return await driveRun({ ...options, api: link.api, initial, save });
  } finally {
    release();
  }
}
