import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fail } from '../domain/schema/envelope';

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The token a caller presented: raw `Authorization`, `x-access-token`, or `?access_token=` (EventSource). */
export function presentedToken(request: FastifyRequest): string | undefined {
  const header = request.headers['x-access-token'];
  if (typeof header === 'string' && header) return header;
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && auth) return auth.replace(/^Bearer\s+/i, '');
  const query = new URL(request.url, 'http://x').searchParams.get('access_token');
  return query ?? undefined;
}

/**
 * With ACCESS_TOKEN set, every `/api` call must carry it (401 without, 403 when wrong).
 * `/api/health` stays open so supervisors can probe readiness; it reveals nothing.
 */
export function installAccessControl(app: FastifyInstance, accessToken: string | undefined): void {
  if (!accessToken) return;
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!(path === '/api' || path.startsWith('/api/')) || path === '/api/health') return;
    const token = presentedToken(request);
    if (!token) return reply.code(401).send(fail('ACCESS_TOKEN_REQUIRED', 'This server needs its access token (ACCESS_TOKEN) with every /api call.'));
    if (!same(token, accessToken)) return reply.code(403).send(fail('ACCESS_TOKEN_INVALID', 'The access token is not valid for this server.'));
  });
}
