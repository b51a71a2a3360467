import { createHash } from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { fail, ok, webhookPayloadSchema } from '../../domain/schema/envelope';
import type { ServerContext } from '../context';
import { applyProgress } from '../jobs/progress';
import { OutboundRefused, urlRefusal } from '../net/guarded-fetch';
import { downloadPolicy, guardedWebhookPoster, type WebhookPoster } from '../net/policies';

/** Sends a delivery on to the user's own webhookUrl through the guarded client; never awaited, never retried, never fatal. */
function forward(url: string, body: unknown, post: WebhookPoster, log: FastifyBaseLogger): void {
  post(url, body).catch((error: Error) =>
    log.warn(
      { reason: error instanceof OutboundRefused ? error.reason : error.name },
      'webhook not forwarded',
    ),
  );
}

/** Bytes of one webhook delivery: the documented body is under 1 KB. */
export const HOOK_BODY_LIMIT = 64 * 1024;

/**
 * `POST /hooks/:secret`: the per-job callback URL given upstream when PUBLIC_URL is set. Outside
 * `/api` (the upstream holds no ACCESS_TOKEN); the unguessable secret is the credential. Each
 * distinct delivery is recorded once, applied to the job, then forwarded to the user's URL.
 */
export function registerWebhookRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const forwarding = guardedWebhookPoster(ctx.settings);
  // Deliveries are a few fields; the route takes no credential but its URL, so a big body is
  // refused before it is read, not parsed and then found to have no job.
  app.post<{ Params: { secret: string } }>(
    '/hooks/:secret',
    { bodyLimit: HOOK_BODY_LIMIT },
    async (request, reply) => {
      const job = await ctx.store.byHookSecret(request.params.secret);
      if (!job) return reply.code(404).send(fail('NOT_FOUND', 'Unknown webhook'));
      const parsed = webhookPayloadSchema.safeParse(request.body);
      if (!parsed.success)
        return reply
          .code(400)
          .send(fail('INVALID_REQUEST', 'A webhook body needs a numeric progress.'));
      const link = parsed.data.download_url;
      const refused =
        link === undefined
          ? undefined
          : urlRefusal(link, downloadPolicy(ctx.settings, ctx.client.baseUrl));
      if (refused)
        return reply
          .code(400)
          .send(
            fail(
              'DOWNLOAD_URL_REFUSED',
              `The delivery's download_url is refused: ${refused.message}`,
            ),
          );
      const key = createHash('sha256').update(JSON.stringify(parsed.data)).digest('hex');
      const fresh = await ctx.store.recordWebhook(job.id, key, parsed.data);
      if (fresh) {
        const {
          progress,
          credit,
          download_url: url,
          state,
        } = parsed.data as {
          progress: number;
          credit?: number;
          download_url?: string;
          state?: unknown;
        };
        const applied = await applyProgress(
          ctx.store,
          job.id,
          {
            progress,
            credit,
            downloadUrl: url ?? null,
            state: typeof state === 'string' ? state : undefined,
          },
          ctx.now(),
        );
        if (applied.changed && applied.job) await ctx.events.publish(applied.job);
        const userUrl = (job.request as { webhookUrl?: unknown } | null)?.webhookUrl;
        if (typeof userUrl === 'string') forward(userUrl, request.body, forwarding, request.log);
      }
      return ok({ received: true, duplicate: !fresh });
    },
  );
}
