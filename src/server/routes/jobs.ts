import type { FastifyInstance, FastifyReply } from 'fastify';
import { fail, ok } from '../../domain/schema/envelope';
import type { ServerContext } from '../context';
import { relayAnswer } from '../errors';
import { exportedMeanwhile } from '../jobs/reconcile';
import { sendJob, simulatorHeaders } from '../jobs/service';
import { openDownload } from '../net/policies';
import { toPublic, type StoredJob } from '../jobs/store';
import type { JobEndpoint } from '../jobs/submit';

type IdParams = { Params: { id: string } };

/** Bytes an event stream may hold unsent before its client counts as not reading. */
export const SSE_BUFFER_LIMIT = 256 * 1024;

const safeFileName = (job: StoredJob) =>
  `${(job.name ?? job.kind).replace(/[^\w.-]+/g, '_').slice(0, 60) || 'video'}-${job.id}.mp4`;

/** Jobs for the browser: list, one, live events (SSE), download (streamed) and retry. */
export function registerJobRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const streams = new Set<FastifyReply>();
  const notFound = (reply: FastifyReply) =>
    reply.code(404).send(fail('JOB_NOT_FOUND', 'There is no such job on this server.'));

  app.get('/api/jobs', async () => ok((await ctx.store.list()).map((job) => toPublic(job))));

  // A HEAD would subscribe and hold the connection open like the stream itself.
  app.get('/api/jobs/events', { exposeHeadRoute: false }, (request, reply) => {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 3000\n\n');
    // A client that does not read is dropped once its buffer is full; its EventSource reconnects
    // and refetches the list, so nothing is lost and nothing grows without bound.
    // Events of one turn of the event loop leave as one write: a batch changes many jobs at once,
    // and a write per event cost a system call each.
    let pending = '';
    const flush = () => {
      const text = pending;
      pending = '';
      if (raw.destroyed) return;
      if (raw.writableLength > SSE_BUFFER_LIMIT) return void raw.destroy();
      raw.write(text);
    };
    const send = (text: string) => {
      if (!pending) setImmediate(flush);
      pending += text;
    };
    const unsubscribe = ctx.events.subscribe((job) =>
      send(`event: job\ndata: ${JSON.stringify(toPublic(job, false))}\n\n`),
    );
    const heartbeat = setInterval(() => send(': keep-alive\n\n'), 15_000);
    heartbeat.unref?.();
    streams.add(reply);
    raw.on('close', () => {
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
    const job = await ctx.store.get(request.params.id);
    return job ? ok(toPublic(job)) : notFound(reply);
  });

  /** The job whose video may be downloaded, or undefined once the refusal (404/409) was sent. */
  const downloadable = async (id: string, reply: FastifyReply) => {
    const job = await ctx.store.get(id);
    if (!job) return void notFound(reply);
    if (job.status !== 'done' || !job.upstreamDownloadUrl)
      return void reply
        .code(409)
        .send(
          fail(
            'NOT_READY',
            `This job is ${job.status}; its video can be downloaded once it is done.`,
          ),
        );
    return { ...job, upstreamDownloadUrl: job.upstreamDownloadUrl };
  };
  const fileHeaders = (reply: FastifyReply, job: StoredJob, contentType = 'video/mp4') =>
    reply
      .header('content-type', contentType)
      .header('content-disposition', `attachment; filename="${safeFileName(job)}"`)
      .header('cache-control', 'private, max-age=3600');

  // HEAD is answered from the job record alone: Fastify's automatic HEAD route would run the GET
  // handler, which opens the file upstream (with the upstream token on its own origin) only to
  // abort it and log the aborted stream as an error.
  app.head<IdParams>('/api/jobs/:id/download', async (request, reply) => {
    const job = await downloadable(request.params.id, reply);
    if (!job) return reply;
    return fileHeaders(reply, job).send();
  });

  app.get<IdParams>(
    '/api/jobs/:id/download',
    { exposeHeadRoute: false },
    async (request, reply) => {
      const job = await downloadable(request.params.id, reply);
      if (!job) return reply;
      const controller = new AbortController();
      request.raw.on('close', () => controller.abort());
      // A client that leaves (a video element seeking, a cancelled download) is not a server error.
      const upstream = await openDownload(ctx, job.upstreamDownloadUrl, controller.signal).catch(
        (error: unknown) => {
          if (controller.signal.aborted) return null;
          throw error;
        },
      );
      if (!upstream) return reply.hijack();
      if (upstream.status !== 200) {
        upstream.body.resume();
        const gone = upstream.status === 403 || upstream.status === 404 || upstream.status === 410;
        return reply
          .code(502)
          .send(
            fail(
              'DOWNLOAD_FAILED',
              gone
                ? 'AI Studios no longer serves this video (its link has expired). Export it again.'
                : `AI Studios answered ${upstream.status} for the video. Try again.`,
            ),
          );
      }
      fileHeaders(reply, job, upstream.headers['content-type'] ?? 'video/mp4');
      const length = upstream.headers['content-length'];
      if (length) reply.header('content-length', length);
      return reply.send(upstream.body);
    },
  );

  app.post<IdParams & { Body: { confirmStalled?: unknown } | null }>(
    '/api/jobs/:id/retry',
    async (request, reply) => {
      const job = await ctx.store.get(request.params.id);
      if (!job) return notFound(reply);
      const refusal = retryRefusal(job, request.body?.confirmStalled === true);
      if (refusal) return reply.code(409).send(fail(refusal[0], refusal[1]));
      if (!job.request || typeof job.request !== 'object')
        return reply
          .code(409)
          .send(fail('NO_SNAPSHOT', 'This job has no request snapshot to send again.'));
      // A failure judged from a lost answer may be wrong: AI Studios is asked first, and a project
      // it is exporting (or has exported) is followed instead of paid for again.
      if (job.status === 'failed' && job.projectId) {
        const asked = { ...ctx, log: request.log };
        const meanwhile = await exportedMeanwhile(asked, job);
        if (!meanwhile)
          return reply
            .code(503)
            .send(
              fail(
                'UPSTREAM_UNREACHABLE',
                'AI Studios could not be asked whether it already has this export, so nothing was sent again. Try again in a moment.',
              ),
            );
        if (meanwhile !== 'absent') {
          await ctx.follower.follow(meanwhile.found.id, 0, meanwhile.found);
          return reply.send(ok(toPublic(meanwhile.found)));
        }
      }
      const { answer, job: updated } = await sendJob(
        ctx,
        job.endpoint as JobEndpoint,
        job.request as Record<string, unknown>,
        simulatorHeaders(ctx, request),
        job,
      );
      if (!updated) return relayAnswer(reply, answer.status, answer.body, answer.text);
      // Our own refusal with the job as it stands (stopped before the export was sent).
      if (answer.status >= 400) return reply.code(answer.status).send(answer.body);
      return reply.code(answer.status === 202 ? 202 : 200).send(ok(toPublic(updated)));
    },
  );
}

/**
 * Only a failed job, or a stalled one whose owner confirmed it (a second render may be charged),
 * is sent again; never one that is being sent, rendering, done, or whose outcome is still unknown.
 */
export function retryRefusal(
  job: StoredJob,
  confirmedStall: boolean,
): [string, string] | undefined {
  switch (job.status) {
    case 'failed':
      return undefined;
    case 'stalled':
      return confirmedStall
        ? undefined
        : [
            'CONFIRM_STALLED',
            'This job is stalled, not failed: AI Studios may still finish it, and sending it again may be charged again. Confirm to send it anyway.',
          ];
    case 'unknown':
      return [
        'OUTCOME_UNKNOWN',
        'The server is still finding out whether AI Studios has this export; it is not sent again until that is known.',
      ];
    default:
      return [
        'NOT_RETRYABLE',
        `This job is ${job.status}; only failed (or confirmed stalled) jobs can be sent again.`,
      ];
  }
}
