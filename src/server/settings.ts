import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const optionalNumber = optionalString.transform((v) => (v === undefined ? undefined : Number(v)));
const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const rate = z.coerce.number().min(0).max(1).default(0);
const list = (fallback: string[] = []) =>
  optionalString.transform((v) =>
    v === undefined
      ? fallback
      : v
          .split(',')
          .map((x) => x.trim().toLowerCase())
          .filter(Boolean),
  );
const flag = optionalString
  .pipe(z.enum(['true', 'false', '1', '0']).optional())
  .transform((v) => v === 'true' || v === '1');
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .transform((v) => v.replace(/\/+$/, ''));

/** Where AI Studios is known to serve result files from (v3 CDN, v2's S3 bucket); the upstream's own host is always added. */
export const DEFAULT_DOWNLOAD_HOSTS = [
  '*.aistudios.com',
  '*.deepbrain.io',
  'ai-platform-public.s3.ap-northeast-2.amazonaws.com',
];

const schema = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: int(5174, 0, 65535),
    AISTUDIOS_BASE_URL: optionalString.pipe(httpUrl.optional()),
    AISTUDIOS_APP_ID: optionalString,
    AISTUDIOS_USER_KEY: optionalString,
    AISTUDIOS_TOKEN: optionalString,
    ACCESS_TOKEN: optionalString.pipe(
      z.string().min(12, 'must be at least 12 characters').optional(),
    ),
    PUBLIC_URL: optionalString.pipe(httpUrl.optional()),
    DATA_DIR: z.string().min(1).default('./data'),
    DIST_DIR: z.string().min(1).default('./dist'),
    VOICES_FILE: optionalString,
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    UPSTREAM_TIMEOUT_MS: int(30_000, 100),
    BODY_LIMIT_MB: z.coerce.number().positive().max(100).default(10),
    UPLOAD_LIMIT_MB: z.coerce.number().positive().max(1024).default(50),
    UPLOADS_QUOTA_MB: z.coerce.number().positive().default(2048),
    ALLOWED_HOSTS: list(),
    ALLOWED_ORIGINS: list(),
    DOWNLOAD_HOSTS: list(DEFAULT_DOWNLOAD_HOSTS),
    OUTBOUND_ALLOW_PRIVATE: flag,
    JOB_POLL_MS: int(2000, 10),
    JOB_POLL_MAX_MS: int(15_000, 10),
    // The export ledger (issue 11): store, deadlines, limits.
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
        .optional(),
    ),
    JOB_STALL_MS: int(600_000, 10),
    JOB_GIVE_UP_MS: int(86_400_000, 10),
    JOB_SETTLE_MS: optionalNumber.pipe(z.number().int().min(0).optional()),
    JOB_LEASE_S: int(60, 1),
    JOB_SWEEP_MS: int(15_000, 100),
    SUBMIT_CONCURRENCY: int(8, 1, 1000),
    SIM_RENDER_MS: int(20_000, 0),
    SIM_FAILURE_RATE: rate,
    SIM_STALL_AT: optionalNumber.pipe(z.number().min(0).max(100).optional()),
    SIM_LATENCY_MS: int(0, 0),
    SIM_ERROR_RATE: rate,
    SIM_SEED: optionalNumber.pipe(z.number().int().optional()),
  })
  .superRefine((s, ctx) => {
    if (Boolean(s.AISTUDIOS_APP_ID) !== Boolean(s.AISTUDIOS_USER_KEY))
      ctx.addIssue({
        code: 'custom',
        path: ['AISTUDIOS_USER_KEY'],
        message: 'AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY go together: set both or neither',
      });
    if (s.AISTUDIOS_BASE_URL && !s.AISTUDIOS_TOKEN && !s.AISTUDIOS_APP_ID)
      ctx.addIssue({
        code: 'custom',
        path: ['AISTUDIOS_BASE_URL'],
        message:
          'needs AISTUDIOS_APP_ID + AISTUDIOS_USER_KEY or AISTUDIOS_TOKEN (or unset it to use the built-in simulator)',
      });
    if (!isLoopback(s.HOST) && !s.ACCESS_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['ACCESS_TOKEN'],
        message: `is required when HOST (${s.HOST}) is not a loopback address`,
      });
  });

export type RawSettings = z.output<typeof schema>;

export interface Settings {
  host: string;
  port: number;
  /** Unset: the built-in simulator. */
  upstreamBaseUrl?: string;
  appId?: string;
  userKey?: string;
  staticToken?: string;
  accessToken?: string;
  publicUrl?: string;
  dataDir: string;
  distDir: string;
  voicesFile?: string;
  logLevel: RawSettings['LOG_LEVEL'];
  upstreamTimeoutMs: number;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  /** Total size DATA_DIR/uploads may reach; a larger upload answers 507. */
  uploadsQuotaBytes: number;
  /** Host names accepted in `Host` besides loopback names, IP literals and PUBLIC_URL's host. */
  allowedHosts: string[];
  /** Origins accepted on state-changing requests besides the request's own and PUBLIC_URL's. */
  allowedOrigins: string[];
  /** Hosts result files may be downloaded from (`*.` for subdomains), plus the upstream's own. */
  downloadHosts: string[];
  /** Lets downloads and webhook forwarding reach loopback/private addresses (tests, LAN setups). */
  outboundAllowPrivate: boolean;
  jobPollMs: number;
  jobPollMaxMs: number;
  /** Unset: the embedded Postgres (PGlite) in DATA_DIR/ledger. */
  databaseUrl?: string;
  jobStallMs: number;
  jobGiveUpMs: number;
  /** How long a project may stay "saved" after its export was sent before the export counts as lost. */
  jobSettleMs: number;
  jobLeaseSeconds: number;
  jobSweepMs: number;
  /** Submissions in flight at once per account, across instances. */
  submitConcurrency: number;
  sim: SimSettings;
}

export interface SimSettings {
  renderMs: number;
  failureRate: number;
  stallAt?: number;
  latencyMs: number;
  errorRate: number;
  seed?: number;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/** Reads `KEY=value` lines; quotes are stripped, `#` lines skipped. The environment wins over the file. */
export function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!m || !m[1]) continue;
    let value = m[2] ?? '';
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/(^|\s+)#.*$/, '').trim();
    out[m[1]] = value;
  }
  return out;
}

/** Validates the settings; throws a SettingsError with a one-line message naming each bad key. */
export function loadSettings(
  env: Record<string, string | undefined> = process.env,
  envFile = '.env',
): Settings {
  const fromFile = envFile && existsSync(envFile) ? parseDotEnv(readFileSync(envFile, 'utf8')) : {};
  const merged = { ...fromFile, ...definedOnly(env) };
  const result = schema.safeParse(merged);
  if (!result.success) {
    const parts = result.error.issues.map((i) => `${i.path.join('.') || 'settings'} ${i.message}`);
    throw new SettingsError(`Bad settings: ${parts.join('; ')}. See .env.example.`);
  }
  const s = result.data;
  return {
    host: s.HOST,
    port: s.PORT,
    upstreamBaseUrl: s.AISTUDIOS_BASE_URL,
    appId: s.AISTUDIOS_APP_ID,
    userKey: s.AISTUDIOS_USER_KEY,
    staticToken: s.AISTUDIOS_TOKEN,
    accessToken: s.ACCESS_TOKEN,
    publicUrl: s.PUBLIC_URL,
    dataDir: s.DATA_DIR,
    distDir: s.DIST_DIR,
    voicesFile: s.VOICES_FILE,
    logLevel: s.LOG_LEVEL,
    upstreamTimeoutMs: s.UPSTREAM_TIMEOUT_MS,
    bodyLimitBytes: Math.round(s.BODY_LIMIT_MB * 1024 * 1024),
    uploadLimitBytes: Math.round(s.UPLOAD_LIMIT_MB * 1024 * 1024),
    uploadsQuotaBytes: Math.round(s.UPLOADS_QUOTA_MB * 1024 * 1024),
    allowedHosts: s.ALLOWED_HOSTS,
    allowedOrigins: s.ALLOWED_ORIGINS.map((o) => o.replace(/\/+$/, '')),
    downloadHosts: s.DOWNLOAD_HOSTS,
    outboundAllowPrivate: s.OUTBOUND_ALLOW_PRIVATE,
    jobPollMs: s.JOB_POLL_MS,
    jobPollMaxMs: Math.max(s.JOB_POLL_MS, s.JOB_POLL_MAX_MS),
    databaseUrl: s.DATABASE_URL,
    jobStallMs: s.JOB_STALL_MS,
    jobGiveUpMs: s.JOB_GIVE_UP_MS,
    jobSettleMs: s.JOB_SETTLE_MS ?? s.UPSTREAM_TIMEOUT_MS * 2,
    jobLeaseSeconds: s.JOB_LEASE_S,
    jobSweepMs: s.JOB_SWEEP_MS,
    submitConcurrency: s.SUBMIT_CONCURRENCY,
    sim: {
      renderMs: s.SIM_RENDER_MS,
      failureRate: s.SIM_FAILURE_RATE,
      stallAt: s.SIM_STALL_AT,
      latencyMs: s.SIM_LATENCY_MS,
      errorRate: s.SIM_ERROR_RATE,
      seed: s.SIM_SEED,
    },
  };
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}
