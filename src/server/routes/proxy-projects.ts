import type { FastifyInstance } from 'fastify';
import { fail } from '../../domain/schema/envelope';
import type { ServerContext } from '../context';
import { checkJobRequest, editEndpoint } from '../jobs/submit';
import { webhookUrlRefusal } from '../net/policies';
import { sendChecked } from './send-checked';

const V3 = '/api/odin/v3';

/**
 * `POST editor/project/{projectId}` (edit an existing project and export it): the body is checked
 * with the domain (either documented form of `updates`), forwarded as sent, and recorded as an
 * `edit` job whose id is added to the answer's data, under the caller's Idempotency-Key, like the
 * other export routes.
 */
export function registerProjectEditRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Params: { id: string } }>(`${V3}/editor/project/:id`, async (request, reply) => {
    const endpoint = editEndpoint(request.params.id);
    const refused = webhookUrlRefusal(ctx.settings, request.body, ctx.simulator);
    if (refused) return reply.code(400).send(fail('WEBHOOK_URL_REFUSED', refused));
    const checked = checkJobRequest(endpoint, request.body, ctx.settings.publicUrl);
    if (!checked.body) {
      const first = checked.errors[0];
      return reply
        .code(400)
        .send(
          fail('INVALID_REQUEST', first?.message ?? 'Invalid request', { issues: checked.errors }),
        );
    }
    return sendChecked(ctx, request, reply, endpoint, checked.body);
  });
}
