import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** What an outbound request may reach. */
export interface OutboundPolicy {
  /** Host names allowed (`*.` for subdomains); undefined: any host. */
  hosts?: readonly string[];
  /** Origins reached even on private addresses: the upstream the operator configured. */
  trustedOrigins: readonly string[];
  /** Lets any host resolve to loopback/private/link-local addresses (tests, LAN setups). */
  allowPrivate: boolean;
  /** Redirects followed, each checked like the first URL; 0 refuses any redirect. */
  maxRedirects: number;
  /** Wait for response headers at most this long. */
  timeoutMs: number;
  /** Name resolution (tests inject one); `dns.lookup` by default. */
  resolve?: (host: string) => Promise<string[]>;
}

export type RefusalReason = 'url' | 'scheme' | 'host' | 'address' | 'redirects';

/** The request was not sent (or a redirect not followed): the URL points where it must not. */
export class OutboundRefused extends Error {
  override name = 'OutboundRefused';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

export interface GuardedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
  url: string;
}

const hostMatches = (name: string, pattern: string) =>
  pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern;

/** Only globally routable unicast addresses; IPv4-mapped IPv6 is judged as the IPv4 it carries. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The checks that need no DNS: a parsable http(s) URL on an allowed host. Undefined when fine. */
export function urlRefusal(
  raw: string,
  policy: Pick<OutboundPolicy, 'hosts' | 'trustedOrigins' | 'allowPrivate'>,
): OutboundRefused | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return new OutboundRefused('url', 'The address is not a valid URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return new OutboundRefused('scheme', `Only http(s) addresses are fetched, not ${url.protocol}`);
  if (url.username || url.password)
    return new OutboundRefused('url', 'Addresses with credentials in them are not fetched.');
  if (policy.trustedOrigins.includes(url.origin)) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (policy.hosts && !policy.hosts.some((p) => hostMatches(host, p)))
    return new OutboundRefused('host', `${host} is not a host AI Studios serves files from.`);
  if (!policy.allowPrivate && isIP(host) !== 0 && !isPublicAddress(host))
    return new OutboundRefused('address', `${host} is a private or local address.`);
  return undefined;
}

const systemResolve = (host: string) =>
  new Promise<string[]>((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses: LookupAddress[]) =>
      error ? reject(error) : resolve(addresses.map((a) => a.address)),
    ),
  );

/** A `lookup` for the socket itself, so the address checked is the address connected to (no rebinding window). */
function guardedLookup(policy: OutboundPolicy): LookupFunction {
  const resolve = policy.resolve ?? systemResolve;
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const bad = addresses.find((a) => !isPublicAddress(a));
        if (addresses.length === 0 || bad) {
          const error = new OutboundRefused(
            'address',
            `${hostname} resolves to ${bad ?? 'nothing'}, a private or local address.`,
          );
          return callback(error as unknown as NodeJS.ErrnoException, '', 0);
        }
        const list = addresses.map((address) => ({ address, family: isIP(address) }));
        if ((options as { all?: boolean }).all)
          return (callback as unknown as (e: null, l: typeof list) => void)(null, list);
        return callback(null, list[0]!.address, list[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

export interface GuardedInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Headers sent only to these origins (the upstream token must not reach a CDN). */
  privateHeadersFor?: { origins: readonly string[]; headers: Record<string, string> };
}

function once(url: URL, init: GuardedInit, policy: OutboundPolicy): Promise<IncomingMessage> {
  const trusted = policy.trustedOrigins.includes(url.origin);
  const checkDns = !trusted && !policy.allowPrivate;
  const headers = {
    ...init.headers,
    ...(init.privateHeadersFor?.origins.includes(url.origin) ? init.privateHeadersFor.headers : {}),
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => req.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })),
      policy.timeoutMs,
    );
    const req = send(
      url,
      {
        method: init.method ?? 'GET',
        headers,
        signal: init.signal,
        ...(checkDns ? { lookup: guardedLookup(policy) } : {}),
      },
      (res) => {
        clearTimeout(timer);
        resolve(res);
      },
    );
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(
        error instanceof OutboundRefused
          ? error
          : (error as { cause?: unknown }).cause instanceof OutboundRefused
            ? (error as { cause: Error }).cause
            : error,
      );
    });
    req.end(init.body);
  });
}

/**
 * The one way the server reaches a URL it was given (download links, webhook forwarding): http(s)
 * only, allowed hosts only, never a private address after DNS resolution, redirects checked again.
 * Throws OutboundRefused when the URL is not allowed; network errors as they come.
 */
export async function guardedFetch(
  raw: string,
  init: GuardedInit,
  policy: OutboundPolicy,
): Promise<GuardedResponse> {
  let current = raw;
  for (let hop = 0; ; hop++) {
    const refusal = urlRefusal(current, policy);
    if (refusal) throw refusal;
    const res = await once(new URL(current), init, policy);
    const location = res.headers.location;
    if (!res.statusCode || res.statusCode < 300 || res.statusCode >= 400 || !location)
      return { status: res.statusCode ?? 502, headers: res.headers, body: res, url: current };
    res.resume();
    if (hop >= policy.maxRedirects)
      throw new OutboundRefused(
        'redirects',
        `The address redirects (to ${location.slice(0, 200)}); redirects are not followed here.`,
      );
    current = new URL(location, current).toString();
  }
}
