import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isSafeId } from '../domain/limits';
import { fail } from '../domain/schema/envelope';
import type { Settings } from './settings';

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The token a caller presented: raw `Authorization`, `x-access-token`, or `?access_token=` (EventSource). */
export function presentedToken(request: FastifyRequest): string | undefined {
  const header = request.headers['x-access-token'];
  if (typeof header === 'string' && header) return header;
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && auth) return auth.replace(/^Bearer\s+/i, '');
  const query = new URL(request.url, 'http://x').searchParams.get('access_token');
  return query ?? undefined;
}

/**
 * The path as a browser-independent router would see it: absolute form stripped, percent-decoding,
 * repeated slashes and dot segments resolved, lower case. Only used to decide; never to route.
 */
export function normalisedPath(rawUrl: string): string {
  let path = rawUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '/';
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(path); i++) {
    try {
      path = decodeURIComponent(path);
    } catch {
      break;
    }
  }
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`.toLowerCase();
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/** True when the matched route, or the request's path however written, is under /api. */
export function isApiRequest(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return (route !== undefined && isApiPath(route)) || isApiPath(normalisedPath(request.url));
}

const hostPart = (host: string) =>
  host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();

const publicHosts = new Map<string, string>();
const publicHostOf = (publicUrl: string) => {
  let host = publicHosts.get(publicUrl);
  if (host === undefined)
    publicHosts.set(
      publicUrl,
      (host = new URL(publicUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase()),
    );
  return host;
};

const matches = (name: string, pattern: string) =>
  pattern.startsWith('*.')
    ? name.endsWith(pattern.slice(1)) || name === pattern.slice(2)
    : name === pattern;

/**
 * A Host is accepted when it cannot be a rebinding name: an IP literal, a loopback name, PUBLIC_URL's
 * host, or one of ALLOWED_HOSTS. The port does not matter.
 */
export function hostAllowed(
  hostHeader: string | undefined,
  settings: Pick<Settings, 'publicUrl' | 'allowedHosts'>,
): boolean {
  if (!hostHeader) return false;
  const name = hostPart(hostHeader);
  if (isIP(name) !== 0) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (settings.publicUrl && publicHostOf(settings.publicUrl) === name) return true;
  return settings.allowedHosts.some((pattern) => matches(name, pattern));
}

/** The app's own origins: the one the request was addressed to, PUBLIC_URL's, ALLOWED_ORIGINS. */
export function originAllowed(
  origin: string,
  hostHeader: string | undefined,
  settings: Pick<Settings, 'publicUrl' | 'allowedOrigins'>,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file:) and garbage
  }
  if (settings.publicUrl && new URL(settings.publicUrl).origin === parsed.origin) return true;
  if (settings.allowedOrigins.includes(parsed.origin)) return true;
  if (!hostHeader || !/^https?:$/.test(parsed.protocol)) return false;
  try {
    return new URL(`${parsed.protocol}//${hostHeader}`).host === parsed.host;
  } catch {
    return false;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const refuse = (reply: FastifyReply, status: number, code: string, msg: string) =>
  reply.code(status).send(fail(code, msg));

/**
 * Every request, after routing and before any handler: Host allow-list; for /api and every
 * state-changing request, the caller's Origin must be the app's own; with ACCESS_TOKEN set, every
 * /api route but health needs it; /api path parameters must look like ids. Decided on the matched
 * route and the normalised path, so no spelling of a path gets past it.
 */
export function installAccessControl(app: FastifyInstance, settings: Settings): void {
  const { accessToken } = settings;
  app.addHook('onRequest', async (request, reply) => {
    const host = request.headers.host;
    if (!hostAllowed(host, settings))
      return refuse(
        reply,
        403,
        'HOST_NOT_ALLOWED',
        `This server does not answer to the host name "${(host ?? '').slice(0, 100)}". Open it at localhost, 127.0.0.1 or its PUBLIC_URL (or add the name to ALLOWED_HOSTS).`,
      );
    const api = isApiRequest(request);
    const origin = request.headers.origin;
    if (
      (api || STATE_CHANGING.has(request.method)) &&
      typeof origin === 'string' &&
      !originAllowed(origin, host, settings)
    )
      return refuse(
        reply,
        403,
        'ORIGIN_NOT_ALLOWED',
        `Requests from ${origin.slice(0, 100)} are refused: only this app's own pages may use this server.`,
      );
    const site = request.headers['sec-fetch-site'];
    if (api && origin === undefined && (site === 'cross-site' || site === 'same-site'))
      return refuse(
        reply,
        403,
        'ORIGIN_NOT_ALLOWED',
        'Requests from other sites are refused: only this app’s own pages may use this server.',
      );
    if (accessToken && api && request.routeOptions.url !== '/api/health') {
      const token = presentedToken(request);
      if (!token)
        return refuse(
          reply,
          401,
          'ACCESS_TOKEN_REQUIRED',
          'This server needs its access token (ACCESS_TOKEN) with every /api call.',
        );
      if (!same(token, accessToken))
        return refuse(
          reply,
          403,
          'ACCESS_TOKEN_INVALID',
          'The access token is not valid for this server.',
        );
    }
    if (api) {
      const params = (request.params ?? {}) as Record<string, unknown>;
      for (const [name, value] of Object.entries(params))
        if (name !== '*' && !isSafeId(value))
          return refuse(
            reply,
            400,
            'INVALID_ID',
            `The ${name} in the path is not a valid id (letters, digits, "-" and "_", at most 64).`,
          );
    }
  });
}
