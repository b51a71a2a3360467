import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './io';

const LOCK_FILE = '.scenewright-run.lock';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists, it is just someone else's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One merge at a time per output folder: two would rewrite each other's saved run and manifest.
 * A lock left by a process that is gone (killed, crashed) is taken over. Returns the release.
 */
export function lockRunFolder(outDir: string): () => void {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, LOCK_FILE);
  for (let tries = 0; tries < 2; tries += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && alive(pid))
      throw new CliError(
        `Nothing was sent: another scenewright merge (process ${pid}) is using ${outDir}. Wait for it to end, or use another --out folder.`,
      );
    rmSync(file, { force: true });
  }
  throw new CliError(`Nothing was sent: could not take ${file}; is another merge starting?`);
}
