import type { FastifyReply, FastifyRequest } from 'fastify';
import { fail } from '../../domain/schema/envelope';
import type { ServerContext } from '../context';
import { relayAnswer } from '../errors';
import { sendJob, simulatorHeaders } from '../jobs/service';
import type { JobEndpoint } from '../jobs/submit';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * The end of every route that sends an export, once its body is checked: the caller's
 * Idempotency-Key (one export per key, however often it is sent), the ledger's send, and the
 * answer with the job's id added to its data.
 */
export async function sendChecked(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  endpoint: JobEndpoint,
  body: Record<string, unknown>,
) {
  const key = request.headers['idempotency-key'];
  if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)))
    return reply
      .code(400)
      .send(
        fail(
          'INVALID_IDEMPOTENCY_KEY',
          'Idempotency-Key must be 8 to 100 letters, digits, "-" or "_".',
        ),
      );
  const { answer, job } = await sendJob(
    ctx,
    endpoint,
    body,
    simulatorHeaders(ctx, request),
    undefined,
    key,
  );
  if (!job) return relayAnswer(reply, answer.status, answer.body, answer.text);
  const envelope = answer.body as { data: Record<string, unknown> };
  return reply.code(answer.status).send({ ...envelope, data: { ...envelope.data, jobId: job.id } });
}
