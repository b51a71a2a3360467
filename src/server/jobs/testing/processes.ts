// Test-only: real processes for the crash and multi-instance tests (never imported by the server).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEmbedded } from '../db';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface Proc {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** SIGKILL; resolves once the process is gone. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Starts `node --import tsx <entry>` and resolves with the URL it prints (`pattern`'s group 1). */
export function startProcess(
  entry: string,
  env: Record<string, string>,
  pattern: RegExp,
  timeoutMs = 120_000,
): Promise<Proc> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`${entry} did not start in ${timeoutMs} ms:\n${text.slice(-2000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (text.length > 200_000) text = text.slice(-100_000);
      const m = pattern.exec(text);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => text, kill });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`${entry} exited (${code ?? signal}) before it was ready:\n${text.slice(-2000)}`),
      );
    });
  });
}

export const startSim = (env: Record<string, string> = {}) =>
  startProcess('src/server/jobs/testing/sim-process.ts', env, /SIM_URL=(\S+)/);

export const startServer = (simUrl: string, env: Record<string, string>) =>
  startProcess(
    'src/server/main.ts',
    {
      HOST: '127.0.0.1',
      PORT: '0',
      AISTUDIOS_BASE_URL: simUrl,
      AISTUDIOS_APP_ID: 'crash-app',
      AISTUDIOS_USER_KEY: 'crash-user-key',
      LOG_LEVEL: 'warn',
      ...env,
    },
    /Scenewright is running at (\S+)/,
  );

/** The simulator's count of accepted renders (test-only endpoint). */
export async function acceptedRenders(
  simUrl: string,
): Promise<{ projectId: string; label: string; kind: string }[]> {
  return (
    (await (await fetch(`${simUrl}/sim-test/accounting`)).json()) as {
      accepted: { projectId: string; label: string; kind: string }[];
    }
  ).accepted;
}

/** A seeded PRNG (the simulator's mulberry32) so a failing round can be replayed with the same seed. */
export { seededRandom as seeded } from '../../simulator/world';

let template: Promise<string> | undefined;
/**
 * A new DATA_DIR whose embedded ledger is an empty, cleanly closed PGlite cluster, copied from one
 * made once per test process: creating a cluster (initdb) costs several seconds of CPU, and each
 * crash test would otherwise pay it again. The server still runs its migrations on it.
 */
export async function freshDataDir(prefix: string): Promise<string> {
  template ??= (async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sw-ledger-template-')), 'ledger');
    const db = await openEmbedded(dir);
    await db.close();
    return dir;
  })();
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(await template, join(dataDir, 'ledger'), { recursive: true });
  return dataDir;
}
