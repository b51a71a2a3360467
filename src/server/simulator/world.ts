import { randomBytes } from 'node:crypto';
import type { SimSettings } from '../settings';
import { objectId, progressOf, WEBHOOK_STEPS, type RenderFault, type SimProject } from './renders';

export interface SimulatorOptions extends SimSettings {
  /** Accepted credentials; any non-empty pair when unset. */
  appId?: string;
  userKey?: string;
  /** Pre-issued tokens the simulator accepts (AISTUDIOS_TOKEN without a base URL). */
  acceptTokens?: string[];
  now?: () => number;
  logger?: boolean;
  /** Serve `GET /sim-test/accounting` (renders accepted); only tests turn it on. */
  exposeAccounting?: boolean;
  /** How webhooks are posted; the server passes its guarded client so a render cannot reach a private address. */
  postWebhook?: (url: string, body: unknown) => Promise<void>;
}

/** One render the simulator accepted (and would have charged for). */
export interface AcceptedRender {
  projectId: string;
  kind: SimProject['kind'];
  /** The request's text or name, so a test can tell which export it was. */
  label: string;
  at: number;
}

const TOKEN_LIFE_MS = 24 * 60 * 60 * 1000;

/** mulberry32: a tiny seeded PRNG so a SIM_SEED gives the same faults every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Parses `x-sim-fault`: `fail[@pct]`, `stall[@pct]`, `error`, or `late@ms` (a render is accepted
 * and started, and its answer sent only after `ms`: the caller's timeout may have passed).
 */
export function parseFaultHeader(value: unknown): {
  fault?: RenderFault;
  error?: boolean;
  lateMs?: number;
} {
  if (typeof value !== 'string') return {};
  const m = /^\s*(fail|stall|error|late)(?:@(\d+(?:\.\d+)?))?\s*$/i.exec(value);
  if (!m) return {};
  const kind = m[1]!.toLowerCase();
  if (kind === 'late') return { lateMs: Number(m[2] ?? 0) };
  const at = m[2] !== undefined ? Math.min(100, Number(m[2])) : undefined;
  if (kind === 'error') return { error: true };
  return { fault: kind === 'fail' ? { failAt: at ?? 40 } : { stallAt: at ?? 97 } };
}

const postWebhook = async (url: string, body: unknown): Promise<void> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  await res.body?.cancel();
};

/** The simulator's memory: tokens, projects and the webhook timers of running renders. */
export class SimWorld {
  readonly projects = new Map<string, SimProject>();
  /** Every render started (what AI Studios would charge for), in order. */
  readonly accepted: AcceptedRender[] = [];
  private readonly tokens = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout[]>();
  readonly random: () => number;
  readonly now: () => number;
  webhooksSent = 0;
  /** `GET editor/progress/:id` requests answered (tests and benchmarks count polls with it). */
  progressAnswered = 0;
  /** The account's starting project has been created (see sample-project.ts). */
  accountSeeded = false;

  constructor(readonly options: SimulatorOptions) {
    this.random = options.seed !== undefined ? seededRandom(options.seed) : Math.random;
    this.now = options.now ?? Date.now;
  }

  acceptsCredentials(appId: string, userKey: string): boolean {
    if (!this.options.appId && !this.options.userKey) return appId !== '' && userKey !== '';
    return appId === this.options.appId && userKey === this.options.userKey;
  }

  issueToken(): string {
    // JWT-shaped like the real one; the payload carries nothing secret.
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sim: true, iat: Math.floor(this.now() / 1000) })}.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, this.now() + TOKEN_LIFE_MS);
    return token;
  }

  validToken(token: string | undefined): boolean {
    if (!token) return false;
    if (this.options.acceptTokens?.includes(token)) return true;
    const expires = this.tokens.get(token);
    return expires !== undefined && expires > this.now();
  }

  /** Expires every issued token (tests of the client's renewal on an auth failure). */
  revokeTokens(): void {
    this.tokens.clear();
  }

  pickFault(requested?: RenderFault): RenderFault {
    if (requested) return requested;
    const fault: RenderFault = {};
    if (this.options.failureRate > 0 && this.random() < this.options.failureRate)
      fault.failAt = Math.round(10 + this.random() * 80);
    if (this.options.stallAt !== undefined) fault.stallAt = this.options.stallAt;
    return fault;
  }

  create(
    input: Omit<
      SimProject,
      '_id' | 'backendTaskId' | 'createdAt' | 'updatedAt' | 'startedAt' | 'renderMs' | 'phase'
    >,
  ): SimProject {
    const at = this.now();
    const project: SimProject = {
      ...input,
      _id: objectId(),
      backendTaskId: objectId(),
      createdAt: at,
      updatedAt: at,
      startedAt: at,
      renderMs: this.options.renderMs,
      phase: this.random() * Math.PI * 2,
    };
    this.projects.set(project._id, project);
    if (project.isExport) this.count(project);
    this.scheduleWebhooks(project);
    return project;
  }

  /** Starts the render of an existing project again (POST editor/project/export). */
  restart(project: SimProject, changes: Partial<SimProject>): SimProject {
    const at = this.now();
    Object.assign(project, changes, {
      isExport: true,
      startedAt: at,
      updatedAt: at,
      backendTaskId: objectId(),
    });
    this.count(project);
    this.scheduleWebhooks(project);
    return project;
  }

  private count(p: SimProject) {
    const b = p.body;
    const label = typeof b.text === 'string' ? b.text : typeof b.name === 'string' ? b.name : '';
    this.accepted.push({ projectId: p._id, kind: p.kind, label, at: this.now() });
  }

  delete(id: string): boolean {
    this.clearTimers(id);
    return this.projects.delete(id);
  }

  /** When progress first reaches `target` (bisection; progress is monotonic in time). */
  private timeToReach(p: SimProject, target: number): number {
    let lo = 0;
    let hi = p.renderMs;
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (progressOf(p, p.startedAt + mid).progress >= target) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  private scheduleWebhooks(p: SimProject) {
    this.clearTimers(p._id);
    if (!p.isExport || !p.webhookUrl) return;
    const limit = Math.min(p.fault.failAt ?? 101, p.fault.stallAt ?? 101);
    const steps = [...WEBHOOK_STEPS, 100].filter((s) => s < limit);
    if (p.fault.failAt !== undefined && p.fault.failAt <= (p.fault.stallAt ?? 101))
      steps.push(p.fault.failAt);
    const timers = steps.map((step) => {
      const timer = setTimeout(() => void this.deliver(p), this.timeToReach(p, step) + 1);
      timer.unref?.();
      return timer;
    });
    this.timers.set(p._id, timers);
  }

  private async deliver(p: SimProject) {
    if (!p.webhookUrl || !this.projects.has(p._id)) return;
    const view = progressOf(p, this.now());
    const body: Record<string, unknown> = {
      progress: view.state === 'exported' ? 100 : Math.floor(view.progress),
      backendTaskId: p.backendTaskId,
    };
    if (view.state === 'exported')
      Object.assign(body, { credit: p.credit, download_url: view.downloadUrl });
    if (view.state === 'failed') body.state = 'failed';
    this.webhooksSent++;
    await (this.options.postWebhook ?? postWebhook)(p.webhookUrl, body).catch(() => undefined);
  }

  private clearTimers(id: string) {
    for (const t of this.timers.get(id) ?? []) clearTimeout(t);
    this.timers.delete(id);
  }

  close(): void {
    for (const id of this.timers.keys()) this.clearTimers(id);
  }
}
