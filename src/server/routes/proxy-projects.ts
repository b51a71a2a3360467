import type { FastifyInstance } from 'fastify';
import { fail } from '../../domain/schema/envelope';
import type { ServerContext } from '../context';
import { relayAnswer } from '../errors';
import { sendJob, simulatorHeaders } from '../jobs/service';
import { checkJobRequest, editEndpoint } from '../jobs/submit';
import { webhookUrlRefusal } from '../net/policies';

const V3 = '/api/odin/v3';

/**
 * `POST editor/project/{projectId}` (edit an existing project and export it): the body is checked
 * with the domain (either documented form of `updates`), forwarded as sent, and recorded as an
 * `edit` job whose id is added to the answer's data, like the other export routes.
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
    const { answer, job } = await sendJob(
      ctx,
      endpoint,
      checked.body,
      simulatorHeaders(ctx, request),
    );
    if (!job) return relayAnswer(reply, answer.status, answer.body, answer.text);
    const envelope = answer.body as { data: Record<string, unknown> };
    return reply
      .code(answer.status)
      .send({ ...envelope, data: { ...envelope.data, jobId: job.id } });
  });
}
