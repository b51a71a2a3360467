import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { fail } from '../domain/schema/envelope';
import { BodyLimitError, sendLimitError } from './body-limits';
import { OutboundRefused } from './net/guarded-fetch';
import { UpstreamError } from './upstream/errors';

/** Maps a failed upstream call to our envelope: 504 on timeout, 502 otherwise. */
export function sendUpstreamError(reply: FastifyReply, error: UpstreamError): FastifyReply {
  switch (error.kind) {
    case 'timeout':
      return reply
        .code(504)
        .send(
          fail('UPSTREAM_TIMEOUT', 'AI Studios did not answer in time. Try again in a moment.'),
        );
    case 'auth':
      return reply
        .code(502)
        .send(
          fail(
            'UPSTREAM_AUTH',
            'AI Studios refused the server’s credentials. Check AISTUDIOS_APP_ID / AISTUDIOS_USER_KEY (or AISTUDIOS_TOKEN).',
          ),
        );
    case 'unreachable':
      return reply
        .code(502)
        .send(
          fail(
            'UPSTREAM_UNREACHABLE',
            'AI Studios cannot be reached from the server. Check the network or AISTUDIOS_BASE_URL.',
          ),
        );
    default:
      return reply
        .code(502)
        .send(
          fail(
            'UPSTREAM_BAD_RESPONSE',
            'AI Studios gave an answer the server could not read. Try again.',
          ),
        );
  }
}

/**
 * Relays an upstream envelope; a 5xx or a body that is no envelope becomes a generic 502. With the
 * text as received, that text is sent unchanged (no second serialisation); the onSend scrub still
 * masks webhook secrets in it, as it does in any string payload.
 */
export function relayAnswer(
  reply: FastifyReply,
  status: number,
  body: unknown,
  text?: string,
): FastifyReply {
  const envelope = body as { success?: unknown } | null;
  if (status >= 500 || typeof envelope?.success !== 'boolean')
    return reply
      .code(502)
      .send(
        fail(
          'UPSTREAM_ERROR',
          `AI Studios answered with an error (${status}). Try again in a moment.`,
        ),
      );
  // A backslash may hide a secret from the scrub (`\/hooks\/…`); such text is re-serialised first.
  if (text === undefined || text.includes('\\')) return reply.code(status).send(body);
  return reply.code(status).type('application/json; charset=utf-8').send(text);
}

const BY_CODE: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    400,
    'INVALID_JSON',
    'The request body is empty; JSON was expected.',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [
    413,
    'BODY_TOO_LARGE',
    'The request body is larger than the server accepts.',
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'This content type is not accepted here.',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'BAD_REQUEST',
    'The Content-Length does not match the body.',
  ],
};

const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
]);

/**
 * Every error leaves as an envelope: a refused body is a 4xx naming it, an unreachable upstream a
 * 502/504, anything else a 500 that says it is the server's fault (the stack goes to the log only).
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof UpstreamError) return sendUpstreamError(reply, error);
    if (error instanceof BodyLimitError) return sendLimitError(reply, error.problem);
    if (error instanceof OutboundRefused)
      return reply
        .code(502)
        .send(fail('OUTBOUND_REFUSED', `The server will not fetch this address: ${error.message}`));
    if (error.name === 'TimeoutError')
      return sendUpstreamError(reply, new UpstreamError('timeout', error.message));
    if (error.code && NETWORK.has(error.code))
      return sendUpstreamError(reply, new UpstreamError('unreachable', error.message));
    const known = error.code ? BY_CODE[error.code] : undefined;
    if (known) return reply.code(known[0]).send(fail(known[1], known[2]));
    if (error instanceof SyntaxError)
      return reply.code(400).send(fail('INVALID_JSON', 'The request body is not valid JSON.'));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500)
      return reply.code(status).send(fail('BAD_REQUEST', 'The request was not understood.'));
    request.log.error(
      { err: { type: error.name, code: error.code, message: error.message, stack: error.stack } },
      'unhandled error',
    );
    return reply
      .code(500)
      .send(
        fail(
          'INTERNAL_ERROR',
          'This is a bug in the server, not a problem with your request. It has been logged; try again.',
        ),
      );
  });
}
