import { classifyFetchError, UpstreamError } from './errors';

/** Tokens live 24 h upstream; renew an hour early so a long render's polls never hit expiry. */
export const TOKEN_TTL_MS = 23 * 60 * 60 * 1000;

export interface TokenSourceOptions {
  baseUrl: string;
  appId?: string;
  userKey?: string;
  staticToken?: string;
  timeoutMs: number;
  now?: () => number;
}

/**
 * Gives the raw token for `Authorization`. With AppId/UserKey it exchanges them at
 * `POST /api/odin/v3/auth/token`, caches the token, shares one exchange between concurrent callers
 * and renews before 24 h or when `invalidate()` is called after an auth failure.
 */
export class TokenSource {
  private cached?: { token: string; expiresAt: number };
  private pending?: Promise<string>;
  private readonly now: () => number;
  exchanges = 0;

  constructor(private readonly options: TokenSourceOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether a token can be renewed (a fixed AISTUDIOS_TOKEN cannot). */
  get renewable(): boolean {
    return Boolean(this.options.appId && this.options.userKey);
  }

  async get(): Promise<string> {
    if (!this.renewable) {
      if (this.options.staticToken) return this.options.staticToken;
      throw new UpstreamError('auth', 'No AI Studios credentials are configured');
    }
    if (this.cached && this.cached.expiresAt > this.now()) return this.cached.token;
    this.pending ??= this.exchange().finally(() => (this.pending = undefined));
    return this.pending;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async exchange(): Promise<string> {
    this.exchanges++;
    let response: Response;
    try {
      response = await fetch(`${this.options.baseUrl}/api/odin/v3/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ appId: this.options.appId, userKey: this.options.userKey }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
        // A redirect would carry the credentials to whatever origin it names.
        redirect: 'manual',
      });
    } catch (cause) {
      throw classifyFetchError(cause);
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      throw new UpstreamError(
        'bad-response',
        `AI Studios answered the token request with a redirect (${response.status}); the credentials were not sent on`,
      );
    }
    const body = (await response.json().catch(() => null)) as {
      success?: boolean;
      data?: { token?: unknown };
    } | null;
    const token = body?.success === true ? body.data?.token : undefined;
    if (typeof token !== 'string' || token === '') {
      if (response.status >= 500)
        throw new UpstreamError('bad-response', 'AI Studios failed to issue a token');
      throw new UpstreamError(
        'auth',
        'AI Studios refused the server’s credentials (AISTUDIOS_APP_ID / AISTUDIOS_USER_KEY)',
      );
    }
    this.cached = { token, expiresAt: this.now() + TOKEN_TTL_MS };
    return token;
  }
}
