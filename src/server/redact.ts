import {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { normalisedPath } from './access';

/** Header and body keys that may carry a credential; Fastify's logger censors them. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-access-token"]',
  'req.headers.cookie',
  'res.headers.authorization',
  'res.headers["set-cookie"]',
  '*.appId',
  '*.userKey',
  '*.token',
  '*.accessToken',
  '*.access_token',
  '*.authorization',
];

const SECRET_KEYS = new Set([
  'access_token',
  'accesstoken',
  'token',
  'authorization',
  'appid',
  'userkey',
  'user_key',
  'app_id',
  'key',
  'secret',
]);

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/**
 * Hides credentials in a logged URL: every query value whose key, once decoded (`access%5Ftoken`,
 * `ACCESS_TOKEN`), names a credential, and the whole path of a webhook capability URL however spelt.
 */
export function redactUrl(url: string): string {
  const cut = url.search(/[?#]/);
  let path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  if (normalisedPath(path).startsWith('/hooks/')) path = '/hooks/[REDACTED]';
  const query = rest.replace(/([?&;])([^=&#;]*)=([^&#;]*)/g, (all, sep: string, key: string) =>
    SECRET_KEYS.has(decoded(key).trim().toLowerCase()) ? `${sep}${key}=[REDACTED]` : all,
  );
  return path + query;
}

/** A `/hooks/<secret>` anywhere in a text (answers relayed from the upstream carry the per-job URL). */
const HOOK_URL = /\/hooks\/[A-Za-z0-9_-]{16,}/g;

/** Nothing the API answers may carry a job's webhook secret (the upstream echoes our webhookUrl). */
export function installSecretScrub(app: FastifyInstance): void {
  // A callback hook, not async: one promise less on every request.
  app.addHook('onSend', (_request, _reply, payload, done) => {
    done(
      null,
      typeof payload === 'string' && payload.includes('/hooks/')
        ? payload.replace(HOOK_URL, '/hooks/[REDACTED]')
        : payload,
    );
  });
}

/** Request serializer for the logger: method, redacted URL, host; no headers at all. */
export const serializeRequest = (req: FastifyRequest) => ({
  method: req.method,
  url: redactUrl(req.url),
  host: req.host,
  remoteAddress: req.ip,
});

/**
 * The access log: Fastify logs two info lines per request, which under load cost more than the
 * proxying itself. Here a request is announced at trace, a served one at debug, a refused one at
 * info, an error as Fastify does; LOG_LEVEL=debug brings every request back.
 */
export class AccessLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.trace({ req: request }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) return super.requestCompleted(error, request, reply);
    const meta = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (reply.statusCode >= 400) reply.log.info(meta, 'request completed');
    else reply.log.debug(meta, 'request completed');
  }
}

export function loggerOptions(level: string, stream?: NodeJS.WritableStream) {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    serializers: { req: serializeRequest },
    ...(stream ? { stream } : {}),
  };
}
