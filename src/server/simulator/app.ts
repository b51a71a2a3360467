import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { fail } from '../../domain/schema/envelope';
import { hostAllowed } from '../access';
import { authTokenRequestSchema } from '../../domain/schema/simple';
import { registerSimAssets } from './assets';
import { registerSimRoutes } from './routes';
import { parseFaultHeader, SimWorld, type SimulatorOptions } from './world';

export type { SimulatorOptions } from './world';

export interface Simulator {
  app: FastifyInstance;
  world: SimWorld;
}

const PREFIX = '/api/odin/v3';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A stand-in for AI Studios' v3 API: same paths and envelopes, reached over real HTTP by the same
 * client code. Never listens by itself; `startSimulator` in main.ts does.
 */
export function buildSimulator(options: SimulatorOptions): Simulator {
  const world = new SimWorld(options);
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
    bodyLimit: 20 * 1024 * 1024,
    forceCloseConnections: true,
  });

  app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    return reply
      .code(status)
      .send(
        fail(
          status === 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST',
          status === 500 ? 'Internal error' : (error.message ?? 'Bad request'),
        ),
      );
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send(fail('NOT_FOUND', 'Unknown API path')),
  );

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    // The route matched, not the raw URL: the router decodes `/%61pi/…` to `/api/…`, so a check of
    // the URL as written let such a spelling past the token.
    const route = request.routeOptions.url ?? '';
    if (!route.startsWith(`${PREFIX}/`)) return;
    // Only names that cannot be rebound to this loopback port by a web page (access.ts).
    if (!hostAllowed(request.headers.host, { allowedHosts: [] }))
      return reply.code(403).send(fail('HOST_REFUSED', 'Unknown Host'));
    if (options.latencyMs > 0) await sleep(options.latencyMs);
    if (route === `${PREFIX}/auth/token`) return;
    const injected = parseFaultHeader(request.headers['x-sim-fault']).error;
    if (injected || (options.errorRate > 0 && world.random() < options.errorRate))
      return reply
        .code(503)
        .send(fail('SERVICE_UNAVAILABLE', 'Simulated upstream error, try again'));
    const token = request.headers.authorization;
    if (!world.validToken(typeof token === 'string' ? token : undefined))
      return reply.code(401).send(fail('UNAUTHORIZED', 'Missing, invalid or expired token'));
  });

  app.post(`${PREFIX}/auth/token`, async (request, reply) => {
    const body = authTokenRequestSchema.safeParse(request.body);
    if (!body.success)
      return reply.code(400).send(fail('INVALID_REQUEST', 'appId and userKey are required'));
    if (!world.acceptsCredentials(body.data.appId, body.data.userKey))
      return reply.code(401).send(fail('INVALID_CREDENTIALS', 'Unknown appId or userKey'));
    return { success: true, data: { token: world.issueToken() } };
  });
  app.get(`${PREFIX}/auth`, async () => ({ success: true, data: { isAuthenticated: true } }));

  registerSimRoutes(app, world, PREFIX);
  registerSimAssets(app);
  app.addHook('onClose', async () => world.close());
  return { app, world };
}
