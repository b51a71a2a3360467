import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fail, ok } from '../../domain/schema/envelope';
import { hostAllowed } from '../access';
import type { ServerContext } from '../context';
import { UploadRefused, UploadStore } from '../uploads/store';

const TYPES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'aac',
  'audio/webm': 'weba',
};
const MIME_OF: Record<string, string> = Object.fromEntries(
  Object.entries(TYPES)
    .reverse()
    .map(([mime, ext]) => [ext, mime]),
);
const NAME = /^[a-f0-9]{32}\.[a-z0-9]{2,5}$/;

const mimeOf = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
const LABEL: Record<string, string> = {
  jpg: 'a JPEG image',
  svg: 'an SVG image',
  mp3: 'MP3 audio',
  wav: 'WAV audio',
  ogg: 'Ogg audio',
  m4a: 'M4A audio',
  aac: 'AAC audio',
  weba: 'WebM audio',
  mov: 'a QuickTime video',
};
const labelOf = (ext: string) =>
  LABEL[ext] ??
  `${/^(png|gif|webp|avif)$/.test(ext) ? 'a' : 'an'} ${ext.toUpperCase()} ${/^(mp4|webm)$/.test(ext) ? 'video' : 'image'}`;

/** The origin the browser (and, with PUBLIC_URL, the upstream) reaches this server at: never a Host that was not allow-listed. */
export function publicOrigin(ctx: ServerContext, request: FastifyRequest): string {
  if (ctx.settings.publicUrl) return ctx.settings.publicUrl;
  const host = request.headers.host;
  if (hostAllowed(host, ctx.settings)) return `${request.protocol}://${host}`;
  const own = ctx.settings.host.includes(':') ? `[${ctx.settings.host}]` : ctx.settings.host;
  return `http://${own}:${ctx.settings.port}`;
}

/**
 * `POST /api/uploads`: a raw image/video/audio body, streamed to DATA_DIR/uploads under its content
 * hash (the same file twice is stored once) once its first bytes prove the declared type → `{url}`;
 * `GET /uploads/:name` serves it.
 */
export function registerUploadRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const dir = join(ctx.settings.dataDir, 'uploads');
  let store: UploadStore | undefined;
  const uploads = () =>
    (store ??= new UploadStore(dir, ctx.settings.uploadLimitBytes, ctx.settings.uploadsQuotaBytes));
  // The body stays a stream: it is counted, hashed and written as it arrives, never held whole.
  app.addContentTypeParser(/^(image|video|audio)\/[\w.+-]+/i, (_request, payload, done) =>
    done(null, payload),
  );

  app.post('/api/uploads', async (request, reply) => {
    const ext = TYPES[mimeOf(request)];
    const body = request.body as Readable | undefined;
    if (!ext || !body || typeof body.pipe !== 'function')
      return reply.code(415).send(
        fail(
          'UNSUPPORTED_MEDIA_TYPE',
          `Upload an image, video or audio file (${Object.values(TYPES)
            .filter((v, i, a) => a.indexOf(v) === i)
            .join(', ')}).`,
        ),
      );
    const length = request.headers['content-length']
      ? Number(request.headers['content-length'])
      : undefined;
    try {
      const saved = await uploads().save(
        body,
        ext,
        Number.isFinite(length) ? length : undefined,
        labelOf(ext),
      );
      return ok({
        url: `${publicOrigin(ctx, request)}/uploads/${saved.name}`,
        name: saved.name,
        size: saved.size,
        contentType: MIME_OF[ext],
      });
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      body.resume(); // drain what is left so the answer reaches the client
      return reply
        .code(error.status)
        .header('connection', 'close')
        .send(fail(error.code, error.message));
    }
  });

  app.get<{ Params: { name: string } }>('/uploads/:name', async (request, reply) => {
    const { name } = request.params;
    const file = join(dir, name);
    if (!NAME.test(name) || !existsSync(file))
      return reply.code(404).send(fail('NOT_FOUND', 'No such upload'));
    return (
      reply
        .header('content-type', MIME_OF[name.split('.').pop() ?? ''] ?? 'application/octet-stream')
        .header('content-length', statSync(file).size)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('access-control-allow-origin', '*')
        .header('x-content-type-options', 'nosniff')
        // An uploaded SVG opened directly must not run script on our origin.
        .header(
          'content-security-policy',
          "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
        )
        .send(createReadStream(file))
    );
  });
}
