import type { ServerContext } from '../context';
import type { Settings } from '../settings';
import {
  guardedFetch,
  urlRefusal,
  type GuardedResponse,
  type OutboundPolicy,
} from './guarded-fetch';

/**
 * Result files: only from DOWNLOAD_HOSTS or the configured upstream itself (which may be a
 * loopback simulator: the operator chose it), on public addresses, up to 3 redirects.
 */
export function downloadPolicy(settings: Settings, upstreamBaseUrl: string): OutboundPolicy {
  const upstream = new URL(upstreamBaseUrl);
  return {
    hosts: [...settings.downloadHosts, upstream.hostname.replace(/^\[|\]$/g, '').toLowerCase()],
    trustedOrigins: [upstream.origin],
    allowPrivate: settings.outboundAllowPrivate,
    maxRedirects: 3,
    timeoutMs: settings.upstreamTimeoutMs,
  };
}

/** The user's own webhook URL: any public host, no redirects. */
export function webhookPolicy(settings: Settings): OutboundPolicy {
  return {
    trustedOrigins: [],
    allowPrivate: settings.outboundAllowPrivate,
    maxRedirects: 0,
    timeoutMs: 10_000,
  };
}

/** Opens a result file; the upstream token goes only to the upstream's own origin. */
export async function openDownload(
  ctx: ServerContext,
  url: string,
  signal: AbortSignal,
): Promise<GuardedResponse> {
  const policy = downloadPolicy(ctx.settings, ctx.client.baseUrl);
  const origin = new URL(ctx.client.baseUrl).origin;
  const sameHost = URL.canParse(url) && new URL(url).origin === origin;
  const privateHeadersFor = sameHost
    ? { origins: [origin], headers: { authorization: await ctx.client.tokens.get() } }
    : undefined;
  return guardedFetch(url, { signal, privateHeadersFor }, policy);
}

/**
 * Deliveries leave this machine when this server forwards them (PUBLIC_URL) or when its built-in
 * simulator posts them itself; then a job naming a private target is refused before anything is
 * sent (the reason, for a 400), else undefined.
 */
export function webhookUrlRefusal(
  settings: Settings,
  body: unknown,
  simulated = false,
): string | undefined {
  const hook = (body as { webhookUrl?: unknown } | null)?.webhookUrl;
  if ((!settings.publicUrl && !simulated) || typeof hook !== 'string' || hook === '')
    return undefined;
  const refused = urlRefusal(hook, webhookPolicy(settings));
  return refused ? `webhookUrl is refused: ${refused.message}` : undefined;
}

export type WebhookPoster = (url: string, body: unknown) => Promise<void>;

/** How this server (forwarding) and its built-in simulator post webhooks from this machine: the user's-webhook policy, every hop checked. */
export function guardedWebhookPoster(settings: Settings): WebhookPoster {
  const policy = webhookPolicy(settings);
  return async (url: string, body: unknown): Promise<void> => {
    const res = await guardedFetch(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
      policy,
    );
    res.body.resume();
  };
}
