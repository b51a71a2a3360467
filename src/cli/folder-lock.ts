import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { claimPidFile } from '../server/pid-claim';
import { CliError } from './io';

const LOCK_FILE = '.scenewright-run.lock';

/**
 * One merge at a time per output folder: two would rewrite each other's saved run and manifest.
 * A lock left by a process that is gone (killed, crashed) is taken over. Returns the release.
 */
export function lockRunFolder(outDir: string): () => void {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, LOCK_FILE);
  return claimPidFile(
    file,
    (holder) =>
      new CliError(
        holder
          ? `Nothing was sent: another scenewright merge (process ${holder}) is using ${outDir}. Wait for it to end, or use another --out folder.`
          : `Nothing was sent: could not take ${file}; is another merge starting?`,
      ),
  );
}
