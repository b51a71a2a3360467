import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fail, ok } from '../../domain/schema/envelope';
import type { ServerContext } from '../context';

const TYPES: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg', 'image/avif': 'avif',
  'video/mp4': 'mp4', 'video/webm': 'webm', 'video/quicktime': 'mov',
  'audio/mpeg': 'mp3', 'audio/mp3': 'mp3', 'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/wave': 'wav', 'audio/ogg': 'ogg',
  'audio/mp4': 'm4a', 'audio/x-m4a': 'm4a', 'audio/aac': 'aac', 'audio/webm': 'weba',
};
const MIME_OF: Record<string, string> = Object.fromEntries(Object.entries(TYPES).reverse().map(([mime, ext]) => [ext, mime]));
const NAME = /^[a-f0-9]{32}\.[a-z0-9]{2,5}$/;

const mimeOf = (request: FastifyRequest) => (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

/** The origin the browser (and, with PUBLIC_URL, the upstream) reaches this server at. */
export const publicOrigin = (ctx: ServerContext, request: FastifyRequest) => ctx.settings.publicUrl ?? `${request.protocol}://${request.host}`;

/**
 * `POST /api/uploads`: a raw image/video/audio body, stored under DATA_DIR/uploads by content hash
 * (the same file twice is stored once) → `{url}`; `GET /uploads/:name` serves it.
 */
export function registerUploadRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const dir = join(ctx.settings.dataDir, 'uploads');
  const limit = ctx.settings.uploadLimitBytes;
  app.addContentTypeParser(/^(image|video|audio)\/[\w.+-]+/i, { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) => done(null, body));

  app.post('/api/uploads', { bodyLimit: limit }, async (request, reply) => {
    const ext = TYPES[mimeOf(request)];
    if (!ext || !Buffer.isBuffer(request.body))
      return reply.code(415).send(fail('UNSUPPORTED_MEDIA_TYPE', `Upload an image, video or audio file (${Object.values(TYPES).filter((v, i, a) => a.indexOf(v) === i).join(', ')}).`));
    if (request.body.length === 0) return reply.code(400).send(fail('EMPTY_UPLOAD', 'The uploaded file is empty.'));
    const name = `${createHash('sha256').update(request.body).digest('hex').slice(0, 32)}.${ext}`;
    mkdirSync(dir, { recursive: true });
    const file = join(dir, name);
    if (!existsSync(file)) writeFileSync(file, request.body);
    return ok({ url: `${publicOrigin(ctx, request)}/uploads/${name}`, name, size: request.body.length, contentType: MIME_OF[ext] });
  });

  app.get<{ Params: { name: string } }>('/uploads/:name', async (request, reply) => {
    const { name } = request.params;
    const file = join(dir, name);
    if (!NAME.test(name) || !existsSync(file)) return reply.code(404).send(fail('NOT_FOUND', 'No such upload'));
    return reply
      .header('content-type', MIME_OF[name.split('.').pop() ?? ''] ?? 'application/octet-stream')
      .header('content-length', statSync(file).size)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('access-control-allow-origin', '*')
      .header('x-content-type-options', 'nosniff')
      // An uploaded SVG opened directly must not run script on our origin.
      .header('content-security-policy', "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox")
      .send(createReadStream(file));
  });
}
