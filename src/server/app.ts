import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { fail, type Voice } from '../domain/schema/envelope';
import { installAccessControl } from './access';
import { installBodyLimits } from './body-limits';
import type { ServerContext } from './context';
import { installErrorHandling } from './errors';
import type { Ledger } from './jobs/ledger';
import { JobRuntime } from './jobs/runtime';
import { AccessLog, installSecretScrub, loggerOptions } from './redact';
import { registerJobRoutes } from './routes/jobs';
import { registerMiscRoutes } from './routes/misc';
import { registerProxyRoutes } from './routes/proxy';
import { registerUploadRoutes } from './routes/uploads';
import { registerWebhookRoutes } from './routes/webhooks';
import type { Settings } from './settings';
import { registerSimAssets } from './simulator/assets';
import type { UpstreamClient } from './upstream/client';

declare module 'fastify' {
  interface FastifyInstance {
    /** The job events, follower and sweeper of this app (tests reach in through it). */
    jobs: JobRuntime;
  }
}

export interface AppDeps {
  settings: Settings;
  client: UpstreamClient;
  /** The export ledger (opened by `openLedger`); closed when the app closes. */
  ledger: Ledger;
  /** Clock for job timestamps and deadlines; tests pass one they move. */
  now?: () => number;
  /** The upstream is the built-in simulator (its assets are served here too). */
  simulator: boolean;
  voices: Voice[];
  /** Where log lines go (tests capture them); stdout by default. */
  logStream?: NodeJS.WritableStream;
  /** Serve the built SPA from settings.distDir when it exists (production). */
  serveSpa?: boolean;
}

/** Vite's hashed output never changes under its name; everything else is checked each time. */
export const cacheControlFor = (path: string) =>
  /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+(\.(br|gz))?$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';

/** Builds the server from its dependencies; never listens. Closing it stops the follower, closes the ledger and the upstream client. */
export function buildApp(deps: AppDeps): FastifyInstance {
  const { settings } = deps;
  const app = Fastify({
    logger: loggerOptions(settings.logLevel, deps.logStream),
    bodyLimit: settings.bodyLimitBytes,
    trustProxy: false,
    forceCloseConnections: true,
    return503OnClosing: true,
    logController: new AccessLog(),
  });
  const now = deps.now ?? Date.now;
  const jobs = new JobRuntime(deps.ledger, settings, deps.client, app.log, now);
  app.decorate('jobs', jobs);
  const ctx: ServerContext = {
    settings,
    client: deps.client,
    store: deps.ledger.store,
    events: jobs.events,
    follower: jobs.follower,
    account: deps.ledger.account,
    now,
    simulator: deps.simulator,
    voices: deps.voices,
  };

  installErrorHandling(app);
  installAccessControl(app, settings);
  installBodyLimits(app);
  installSecretScrub(app);
  registerMiscRoutes(app, ctx);
  registerProxyRoutes(app, ctx);
  registerJobRoutes(app, ctx);
  registerUploadRoutes(app, ctx);
  registerWebhookRoutes(app, ctx);
  if (deps.simulator) registerSimAssets(app);

  const dist = resolve(settings.distDir);
  const spa = Boolean(deps.serveSpa) && existsSync(join(dist, 'index.html'));
  if (spa)
    void app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      preCompressed: true, // the .br/.gz written at build, chosen by Accept-Encoding, with Vary
      // Those copies are sent only for their file, with its type and Content-Encoding: asked for
      // by name, a .br would go out as a download of compressed bytes.
      allowedPath: (path) => !/\.(?:br|gz)$/i.test(path),
      cacheControl: false,
      setHeaders: (reply, path) => void reply.header('cache-control', cacheControlFor(path)),
    });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = path === '/api' || path.startsWith('/api/');
    if (
      spa &&
      !isApi &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !/\.\w+$/.test(path)
    )
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .code(404)
      .send(
        fail(
          'NOT_FOUND',
          isApi ? `${request.method} ${path} is not an API path of this server.` : 'Not found',
        ),
      );
  });

  app.addHook('onReady', () => jobs.start());
  app.addHook('onClose', async () => {
    await jobs.stop();
    await deps.client.close();
  });
  return app;
}
