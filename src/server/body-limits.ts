import type { FastifyInstance } from 'fastify';
import { checkLimits } from '../domain/limits';
import { fail } from '../domain/schema/envelope';

const SHAPES: Record<string, 'project' | 'simple'> = {
  '/api/odin/v3/editor/project': 'project',
  '/api/odin/v3/simple/video': 'simple',
  '/api/odin/v3/simple/custom': 'simple',
};

/**
 * Every parsed JSON body, on every route, is held to the domain's LIMITS before a schema, a handler
 * or JSON.stringify walks it: a refused body costs one bounded, iterative scan and a 413 naming it.
 */
export function installBodyLimits(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const body = request.body;
    if (body === null || typeof body !== 'object' || Buffer.isBuffer(body) || typeof (body as { pipe?: unknown }).pipe === 'function') return;
    const problem = checkLimits(body, (request.method === 'POST' && SHAPES[request.routeOptions.url ?? '']) || 'any');
    if (problem) return reply.code(413).send(fail('LIMIT_EXCEEDED', problem.message, { issues: [{ severity: 'error', ...problem }] }));
  });
}
