import type { FastifyInstance, FastifyReply } from 'fastify';
import { fail, ok } from '../../domain/schema/envelope';
import type { ServerContext } from '../context';
import { relayAnswer } from '../errors';
import { sendJob, simulatorHeaders } from '../jobs/service';
import { openDownload } from '../net/policies';
import { toPublic, type StoredJob } from '../jobs/store';
import type { JobEndpoint } from '../jobs/submit';

type IdParams = { Params: { id: string } };

const safeFileName = (job: StoredJob) => `${(job.name ?? job.kind).replace(/[^\w.-]+/g, '_').slice(0, 60) || 'video'}-${job.id}.mp4`;

/** Jobs for the browser: list, one, live events (SSE), download (streamed) and retry. */
export function registerJobRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const streams = new Set<FastifyReply>();
  const notFound = (reply: FastifyReply) => reply.code(404).send(fail('JOB_NOT_FOUND', 'There is no such job on this server.'));

  app.get('/api/jobs', async () => ok(ctx.store.list().map((job) => toPublic(job))));

  app.get('/api/jobs/events', (request, reply) => {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 3000\n\n');
    const unsubscribe = ctx.events.subscribe((job) => raw.write(`event: job\ndata: ${JSON.stringify(toPublic(job))}\n\n`));
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
    heartbeat.unref?.();
    streams.add(reply);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(reply);
    });
  });
  // Open event streams would keep `close()` waiting forever.
  app.addHook('preClose', async () => {
    for (const reply of streams) reply.raw.end();
    streams.clear();
  });

  app.get<IdParams>('/api/jobs/:id', async (request, reply) => {
    const job = ctx.store.get(request.params.id);
    return job ? ok(toPublic(job)) : notFound(reply);
  });

  app.get<IdParams>('/api/jobs/:id/download', async (request, reply) => {
    const job = ctx.store.get(request.params.id);
    if (!job) return notFound(reply);
    if (job.status !== 'done' || !job.upstreamDownloadUrl)
      return reply.code(409).send(fail('NOT_READY', `This job is ${job.status}; its video can be downloaded once it is done.`));
    const controller = new AbortController();
    request.raw.on('close', () => controller.abort());
    const upstream = await openDownload(ctx, job.upstreamDownloadUrl, controller.signal);
    if (upstream.status !== 200) {
      upstream.body.resume();
      const gone = upstream.status === 403 || upstream.status === 404 || upstream.status === 410;
      return reply
        .code(502)
        .send(fail('DOWNLOAD_FAILED', gone ? 'AI Studios no longer serves this video (its link has expired). Export it again.' : `AI Studios answered ${upstream.status} for the video. Try again.`));
    }
    reply.header('content-type', upstream.headers['content-type'] ?? 'video/mp4');
    const length = upstream.headers['content-length'];
    if (length) reply.header('content-length', length);
    reply.header('content-disposition', `attachment; filename="${safeFileName(job)}"`);
    reply.header('cache-control', 'private, max-age=3600');
    return reply.send(upstream.body);
  });

  app.post<IdParams>('/api/jobs/:id/retry', async (request, reply) => {
    const job = ctx.store.get(request.params.id);
    if (!job) return notFound(reply);
    if (job.status === 'done' || job.status === 'saved')
      return reply.code(409).send(fail('NOT_RETRYABLE', `This job is ${job.status}; only failed or unfinished jobs can be retried.`));
    if (!job.request || typeof job.request !== 'object')
      return reply.code(409).send(fail('NO_SNAPSHOT', 'This job has no request snapshot to send again.'));
    const { answer, job: updated } = await sendJob(ctx, job.endpoint as JobEndpoint, job.request as Record<string, unknown>, simulatorHeaders(ctx, request), job);
    if (!updated) return relayAnswer(reply, answer.status, answer.body, answer.text);
    return ok(toPublic(updated));
  });
}
