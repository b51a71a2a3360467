import type { FastifyInstance } from 'fastify';
import { ok } from '../../domain/schema/envelope';
import type { ServerContext } from '../context';

/** Health, the SPA's view of the configuration (no secrets), and the TTS voices. */
export function registerMiscRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async () => ok({ status: 'ok', simulator: ctx.simulator }));
  app.get('/api/config', async () =>
    ok({
      simulator: ctx.simulator,
      ...(ctx.settings.publicUrl ? { publicUrl: ctx.settings.publicUrl } : {}),
    }),
  );
  app.get('/api/voices', async () => ok(ctx.voices));
}
