import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openLedger } from './jobs/ledger';
import { guardedWebhookPoster } from './net/policies';
import type { Settings } from './settings';
import { buildSimulator, type Simulator } from './simulator/app';
import { UpstreamClient } from './upstream/client';
import { loadVoices } from './voices';

export interface Running {
  app: FastifyInstance;
  simulator?: Simulator;
  url: string;
  close: () => Promise<void>;
}

/** Starts the built-in simulator on 127.0.0.1 (ephemeral port); returns its base URL. */
export async function startSimulator(
  settings: Settings,
): Promise<{ simulator: Simulator; baseUrl: string; appId: string; userKey: string }> {
  // With no credentials configured, the server and its simulator share a pair made up for this run.
  const appId = settings.appId ?? 'scenewright-local';
  const userKey = settings.userKey ?? randomBytes(18).toString('base64url');
  const simulator = buildSimulator({
    ...settings.sim,
    appId,
    userKey,
    acceptTokens: settings.staticToken ? [settings.staticToken] : [],
    postWebhook: guardedWebhookPoster(settings),
  });
  await simulator.app.listen({ host: '127.0.0.1', port: 0 });
  const address = simulator.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { simulator, baseUrl: `http://127.0.0.1:${port}`, appId, userKey };
}

/** Everything `main.ts` runs: simulator if needed, job store, the app, listening. */
export async function startAll(
  settings: Settings,
  options: { logStream?: NodeJS.WritableStream; serveSpa?: boolean } = {},
): Promise<Running> {
  const voices = loadVoices(settings.voicesFile, !settings.upstreamBaseUrl);
  let simulator: Simulator | undefined;
  let upstream = {
    baseUrl: settings.upstreamBaseUrl ?? '',
    appId: settings.appId,
    userKey: settings.userKey,
  };
  if (!settings.upstreamBaseUrl) {
    const started = await startSimulator(settings);
    simulator = started.simulator;
    upstream = started;
  }
  const client = new UpstreamClient({
    ...upstream,
    staticToken: settings.staticToken,
    timeoutMs: settings.upstreamTimeoutMs,
  });
  let ledger;
  try {
    ledger = await openLedger(settings);
  } catch (error) {
    await simulator?.app.close();
    throw error;
  }
  const app = buildApp({
    settings,
    client,
    ledger,
    simulator: Boolean(simulator),
    voices,
    logStream: options.logStream,
    serveSpa: options.serveSpa,
  });
  try {
    await app.ready();
    await app.listen({ host: settings.host, port: settings.port });
  } catch (error) {
    await app.close();
    await simulator?.app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    app,
    simulator,
    url: `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}`,
    close: async () => {
      await app.close();
      await simulator?.app.close();
    },
  };
}
