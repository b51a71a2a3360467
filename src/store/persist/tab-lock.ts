/**
 * One editor per project across tabs and windows, with the browser's own primitives: a Web Lock
 * named after the project is held while a tab edits it, and a BroadcastChannel asks the holder
 * to hand it over. Without Web Locks (old browsers, unit tests) every tab holds every lock.
 */
export interface HeldLock {
  release: () => void;
  /** Resolves when the lock is gone without `release` (another tab stole it). */
  lost: Promise<void>;
}

const lockName = (key: string) => `scenewright.project.${key}`;
const CHANNEL = 'scenewright.project-tabs';

type Message = { type: 'takeover'; key: string };

const locks = (): LockManager | undefined =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;

function hold(key: string, options: LockOptions): Promise<HeldLock | null> {
  const manager = locks();
  if (!manager) return Promise.resolve({ release: () => undefined, lost: new Promise(() => {}) });
  return new Promise((resolve) => {
    let lostResolve: () => void = () => undefined;
    const lost = new Promise<void>((r) => (lostResolve = r));
    manager
      .request(lockName(key), options, (lock) => {
        if (!lock) {
          resolve(null);
          return undefined;
        }
        return new Promise<void>((release) => resolve({ release: () => release(), lost }));
      })
      .catch(() => lostResolve());
  });
}

/** The lock if no other tab holds it, else null. */
export const tryLock = (key: string) => hold(key, { ifAvailable: true });

/** Waits for the lock (after asking its holder to let go). */
export const waitForLock = (key: string) => hold(key, {}) as Promise<HeldLock>;

/** Tells the tab holding `key` to save, step back to read-only and release it. */
export function askToHandOver(key: string) {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'takeover', key } satisfies Message);
  channel.close();
}

/** Calls `onTakeover(key)` when another tab asks for a project. */
export function listenForTakeover(onTakeover: (key: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data?.type === 'takeover') onTakeover(e.data.key);
  };
  return () => channel.close();
}
