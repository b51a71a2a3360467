import type { FastifyRequest } from 'fastify';

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

/** Hides `?access_token=` values and webhook capability paths in a logged URL. */
export function redactUrl(url: string): string {
  return url
    .replace(/([?&](?:access_token|token)=)[^&#]*/gi, '$1[REDACTED]')
    .replace(/^\/hooks\/[^/?#]+/, '/hooks/[REDACTED]');
}

/** Request serializer for the logger: method, redacted URL, host; no headers at all. */
export const serializeRequest = (req: FastifyRequest) => ({
  method: req.method,
  url: redactUrl(req.url),
  host: req.host,
  remoteAddress: req.ip,
});

export function loggerOptions(level: string, stream?: NodeJS.WritableStream) {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    serializers: { req: serializeRequest },
    ...(stream ? { stream } : {}),
  };
}
