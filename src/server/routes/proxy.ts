import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problemsFromZod } from '../../domain/parse';
import { fail } from '../../domain/schema/envelope';
import { deleteProjectsRequestSchema } from '../../domain/schema/simple';
import type { ServerContext } from '../context';
import { relayAnswer } from '../errors';
import { simulatorHeaders } from '../jobs/service';
import { checkJobRequest, JOB_ENDPOINTS, type JobEndpoint } from '../jobs/submit';
import { registerProjectEditRoute } from './proxy-projects';
import { sendChecked } from './send-checked';
import { webhookUrlRefusal } from '../net/policies';

const V3 = '/api/odin/v3';

/** The upstream path with the caller's query string, minus our own `access_token`. */
function upstreamPath(path: string, request: FastifyRequest): string {
  if (!request.url.includes('?')) return path;
  const query = new URL(request.url, 'http://x').searchParams;
  query.delete('access_token');
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A sender's key for one submission (a UUID, or any id of that kind). */

/**
 * The allow-listed pass-through on the upstream's own paths. Bodies are checked with the domain
 * before anything is forwarded; export routes record a job and add `jobId` to the answer's data.
 * An `Idempotency-Key` header makes a repeated submission answer 409 with the first one's job.
 */
export function registerProxyRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const relayGet =
    (path: (request: FastifyRequest<{ Params: { id?: string } }>) => string) =>
    async (request: FastifyRequest<{ Params: { id?: string } }>, reply: FastifyReply) => {
      const answer = await ctx.client.call('GET', upstreamPath(path(request), request), {
        headers: simulatorHeaders(ctx, request),
      });
      return relayAnswer(reply, answer.status, answer.body, answer.text);
    };

  app.get(
    `${V3}/auth`,
    relayGet(() => `${V3}/auth`),
  );
  app.get(
    `${V3}/dropdown/models`,
    relayGet(() => `${V3}/dropdown/models`),
  );
  app.get(
    `${V3}/model`,
    relayGet(() => `${V3}/model`),
  );
  app.get(
    `${V3}/dropdown/workspaces`,
    relayGet(() => `${V3}/dropdown/workspaces`),
  );
  app.get(
    `${V3}/editor/project`,
    relayGet(() => `${V3}/editor/project`),
  );
  app.get<{ Params: { id: string } }>(
    `${V3}/editor/project/:id`,
    relayGet((r) => `${V3}/editor/project/${encodeURIComponent(r.params.id ?? '')}`),
  );
  app.get<{ Params: { id: string } }>(
    `${V3}/editor/progress/:id`,
    relayGet((r) => `${V3}/editor/progress/${encodeURIComponent(r.params.id ?? '')}`),
  );

  app.delete(`${V3}/editor/project`, async (request, reply) => {
    const parsed = deleteProjectsRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      const problems = problemsFromZod(parsed.error);
      return reply
        .code(400)
        .send(
          fail(
            'INVALID_REQUEST',
            `${problems[0]?.path.join('.') || 'body'}: ${problems[0]?.message}`,
            { issues: problems },
          ),
        );
    }
    const answer = await ctx.client.call('DELETE', `${V3}/editor/project`, {
      body: parsed.data,
      headers: simulatorHeaders(ctx, request),
    });
    return relayAnswer(reply, answer.status, answer.body, answer.text);
  });

  registerProjectEditRoute(app, ctx);
  for (const endpoint of Object.keys(JOB_ENDPOINTS) as JobEndpoint[]) {
    app.post(endpoint, async (request, reply) => {
      const refused = webhookUrlRefusal(ctx.settings, request.body, ctx.simulator);
      if (refused) return reply.code(400).send(fail('WEBHOOK_URL_REFUSED', refused));
      const checked = checkJobRequest(endpoint, request.body, ctx.settings.publicUrl);
      if (!checked.body) {
        const first = checked.errors[0];
        return reply.code(400).send(
          fail(
            'INVALID_REQUEST',
            first
              ? `${first.message} (${checked.errors.length} problem${checked.errors.length === 1 ? '' : 's'} in all)`
              : 'Invalid request',
            {
              issues: checked.errors,
              warnings: checked.warnings,
            },
          ),
        );
      }
      return sendChecked(ctx, request, reply, endpoint, checked.body);
    });
  }
}
