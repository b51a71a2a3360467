import { guardedWebhookPoster } from './net/policies';
import { afterEach } from 'vitest';
// Test-only helpers for src/server/*.test.ts; never imported by the server itself.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { PGlite } from '@electric-sql/pglite';
import { wrapPglite } from './jobs/db';
import { openLedger, type Ledger } from './jobs/ledger';
import { migrate, MIGRATIONS } from './jobs/migrations';
import type { JobStore } from './jobs/store';
import { loadSettings, type Settings } from './settings';
import { buildSimulator, type Simulator } from './simulator/app';
import { SIM_VOICES } from './simulator/catalog';
import { UpstreamClient } from './upstream/client';

const TEMPLATE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/scenewright/', import.meta.url),
);
const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(
      new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
      'utf8',
    ),
  ) as { version: string }
).version;

export const tempDir = () => mkdtempSync(join(tmpdir(), 'sw-test-'));

/** Settings as main.ts would load them from these variables (no .env file). */
export function testSettings(env: Record<string, string> = {}): Settings {
  return loadSettings(
    {
      DATA_DIR: tempDir(),
      LOG_LEVEL: 'trace',
      SIM_RENDER_MS: '400',
      JOB_POLL_MS: '40',
      JOB_POLL_MAX_MS: '200',
      ...env,
    },
    '',
  );
}

/** Collects every log line the app writes. */
export function logCapture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

let template: Promise<Blob> | undefined;

/**
 * A ledger for one test: an in-memory PGlite loaded from a dump of a migrated one. Creating a
 * cluster (initdb) costs several seconds of CPU; loading a dump a fraction of that. The dump is kept
 * in node_modules/.cache under a hash of the migrations and the PGlite version, so only the first
 * test file of the first run makes it. Unless `settings.databaseUrl` is set.
 */
export async function testLedger(settings: Settings, now?: () => number): Promise<Ledger> {
  if (settings.databaseUrl) return openLedger(settings, { now });
  template ??= ledgerTemplate();
  const db = wrapPglite(await PGlite.create({ loadDataDir: await template }));
  return openLedger(settings, { now, db });
}

async function ledgerTemplate(): Promise<Blob> {
  const key = createHash('sha256')
    .update(JSON.stringify([MIGRATIONS, PGLITE_VERSION]))
    .digest('hex')
    .slice(0, 16);
  const file = join(TEMPLATE_DIR, `ledger-${key}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const db = await PGlite.create();
  await migrate(wrapPglite(db));
  const dump = await db.dumpDataDir('none');
  await db.close();
  // Written aside and renamed: a test file in another worker never reads half a dump.
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

/** A clock tests move forward instead of sleeping (job deadlines, timestamps). */
export function testClock(start = Date.now()) {
  let offset = 0;
  const base = Date.now();
  return {
    now: () => start + (Date.now() - base) + offset,
    advance: (ms: number) => void (offset += ms),
  };
}

export interface Harness {
  app: FastifyInstance;
  sim?: Simulator;
  simUrl?: string;
  store: JobStore;
  client: UpstreamClient;
  settings: Settings;
  clock: ReturnType<typeof testClock>;
  logs: string[];
  close: () => Promise<void>;
}

export const APP_ID = 'test-app-id-7f3a9c';
export const USER_KEY = 'test-user-key-Q2xvdWRTZWNyZXQ';

/** The app (by inject) in front of a listening simulator, or of `upstreamUrl` when given. */
export async function startHarness(
  options: { env?: Record<string, string>; upstreamUrl?: string; settings?: Settings } = {},
): Promise<Harness> {
  const settings = options.settings ?? testSettings(options.env);
  let sim: Simulator | undefined;
  let baseUrl = options.upstreamUrl;
  if (!baseUrl) {
    sim = buildSimulator({
      ...settings.sim,
      appId: APP_ID,
      userKey: USER_KEY,
      postWebhook: guardedWebhookPoster(settings),
    });
    baseUrl = await sim.app.listen({ host: '127.0.0.1', port: 0 });
  }
  const pair =
    settings.staticToken && !settings.appId
      ? {}
      : { appId: settings.appId ?? APP_ID, userKey: settings.userKey ?? USER_KEY };
  const client = new UpstreamClient({
    baseUrl,
    ...pair,
    staticToken: settings.staticToken,
    timeoutMs: settings.upstreamTimeoutMs,
  });
  const clock = testClock();
  const ledger = await testLedger(settings, clock.now);
  const { lines, stream } = logCapture();
  const app = buildApp({
    settings,
    client,
    ledger,
    now: clock.now,
    simulator: Boolean(sim),
    voices: SIM_VOICES,
    logStream: stream,
  });
  await app.ready();
  return {
    app,
    sim,
    simUrl: baseUrl,
    store: ledger.store,
    client,
    settings,
    clock,
    logs: lines,
    close: async () => {
      await app.close();
      await sim?.app.close();
    },
  };
}

/** A bare HTTP upstream whose behaviour each test writes; records the requests it got. */
export async function fakeUpstream(
  handler: (req: IncomingMessage, body: string, res: ServerResponse) => void,
) {
  const calls: {
    method: string;
    url: string;
    headers: IncomingMessage['headers'];
    body: string;
  }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      calls.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    calls,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 5000,
  everyMs = 25,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`waitFor: timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Per test file: `closeLater` registers anything to close, `harness` starts one that is closed
 * after each test, so no server outlives its test.
 */
export function cleanupPerTest() {
  const open: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()!();
  });
  const closeLater = (close: () => Promise<unknown>) => void open.push(close);
  const harness = async (...args: Parameters<typeof startHarness>): Promise<Harness> => {
    const h = await startHarness(...args);
    closeLater(h.close);
    return h;
  };
  return { harness, closeLater };
}
