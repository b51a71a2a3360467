import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { scanJsonLimits } from '../domain/json-scan';
import { checkLimits, type LimitProblem } from '../domain/limits';
import { fail } from '../domain/schema/envelope';

const SHAPES: Record<string, 'project' | 'simple'> = {
  '/api/odin/v3/editor/project': 'project',
  '/api/odin/v3/simple/video': 'simple',
  '/api/odin/v3/simple/custom': 'simple',
};
const shapeOf = (request: FastifyRequest) =>
  (request.method === 'POST' && SHAPES[request.routeOptions.url ?? '']) || 'any';

/** A body refused for its size or shape before anything walked it. */
export class BodyLimitError extends Error {
  override name = 'BodyLimitError';
  readonly statusCode = 413;
  constructor(readonly problem: LimitProblem) {
    super(problem.message);
  }
}

export const sendLimitError = (reply: FastifyReply, problem: LimitProblem) =>
  reply
    .code(413)
    .send(fail('LIMIT_EXCEEDED', problem.message, { issues: [{ severity: 'error', ...problem }] }));

/**
 * Every JSON body, on every route, is held to the domain's LIMITS twice: its text before it is
 * parsed (a million-element list is refused after a few hundred bytes, nothing allocated), and the
 * parsed value before a schema, a handler or JSON.stringify walks it (string lengths, by path).
 */
export function installBodyLimits(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    const problem = scanJsonLimits(text as string, shapeOf(request));
    if (problem) return done(new BodyLimitError(problem), undefined);
    return parseJson(request, text as string, done);
  });
  app.addHook('preValidation', (request, reply, done) => {
    const body = request.body;
    if (
      body === null ||
      typeof body !== 'object' ||
      Buffer.isBuffer(body) ||
      typeof (body as { pipe?: unknown }).pipe === 'function'
    )
      return done();
    const problem = checkLimits(body, shapeOf(request));
    if (!problem) return done();
    sendLimitError(reply, problem); // a sent reply ends the hook chain; the reply is not returned (it is thenable)
  });
}
