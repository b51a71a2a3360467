import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A pid file as a lock for one process (the embedded ledger's DATA_DIR, a merge's output folder).
 * It is held while the process it names runs: a file whose process is gone, or whose pid now names
 * another process (pids are handed out again after a reboot or in a new container), is taken over,
 * and so is one naming `pid` itself (this process, starting again). Throws `held(holder)` when a
 * live holder has it, `held(undefined)` when another claimant keeps winning the race. Returns the
 * release, which removes the file if it still names this claim.
 */
export function claimPidFile(
  file: string,
  held: (holder: number | undefined) => Error,
  pid = process.pid,
): () => void {
  const claim = [pid, startOf(pid)].filter(Boolean).join(' ');
  for (let tries = 0; tries < 2; tries++) {
    try {
      writeFileSync(file, claim, { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(file, 'utf8') === claim) rmSync(file);
        } catch {
          // Already gone, or its folder removed: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(file);
    if (holder !== undefined && holder !== pid) throw held(holder);
    rmSync(file, { force: true });
  }
  throw held(undefined);
}

/** The live process a pid file names, or undefined when it names none any more. */
function holderOf(file: string): number | undefined {
  let recorded: string[];
  try {
    recorded = readFileSync(file, 'utf8').trim().split(/\s+/);
  } catch {
    return undefined;
  }
  const pid = Number(recorded[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const started = recorded[1];
  const now = startOf(pid);
  const same = started ? !now || now === started : mayBeNode(pid);
  return same ? pid : undefined;
}

/**
 * When the process started, with the boot it started in (Linux's /proc): with the pid, names one
 * process for good. Undefined where /proc is not there; the pid alone is then the claim.
 */
export function startOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (start time in clock ticks since boot), counted after the ")" that ends the name.
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return ticks ? `${boot}@${ticks}` : undefined;
  } catch {
    return undefined;
  }
}

/** A pid file without a start time (written by older versions): held only by a Node process. */
function mayBeNode(pid: number): boolean {
  try {
    return /node/i.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true; // no /proc: the pid alone is the claim
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it is just someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
