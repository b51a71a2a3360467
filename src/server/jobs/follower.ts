import type { FastifyBaseLogger } from 'fastify';
import { UpstreamError } from '../upstream/errors';
import type { UpstreamClient } from '../upstream/client';
import type { JobEvents } from './events';
import { applyProgress, isFinished, type ProgressReport } from './progress';
import type { JobStore } from './store';

export interface FollowerOptions {
  store: JobStore;
  events: JobEvents;
  client: UpstreamClient;
  log: FastifyBaseLogger;
  pollMs: number;
  maxPollMs: number;
}

interface Envelope {
  success?: unknown;
  data?: { progress?: unknown; state?: unknown; downloadUrl?: unknown; download_url?: unknown; credit?: unknown; error?: unknown };
  error?: { code?: unknown; msg?: unknown };
}

/**
 * Polls `editor/progress/:projectId` for every unfinished job until 100 or failure. Backs off
 * (×1.5 up to maxPollMs) while nothing moves or the upstream errs; resumes all unfinished jobs at boot.
 */
export class JobFollower {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly delays = new Map<string, number>();
  private stopped = false;

  constructor(private readonly o: FollowerOptions) {}

  resume(): number {
    const jobs = this.o.store.unfinished();
    for (const job of jobs) this.follow(job.id, 0);
    return jobs.length;
  }

  follow(jobId: string, firstDelay = this.o.pollMs): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(jobId));
    this.delays.set(jobId, this.o.pollMs);
    this.schedule(jobId, firstDelay);
  }

  get following(): number {
    return this.timers.size;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(jobId: string, delay: number) {
    const timer = setTimeout(() => void this.tick(jobId), delay);
    timer.unref?.();
    this.timers.set(jobId, timer);
  }

  private async tick(jobId: string): Promise<void> {
    const job = this.o.store.get(jobId);
    if (this.stopped || !job || isFinished(job) || !job.projectId) return void this.timers.delete(jobId);
    let moved = false;
    try {
      const answer = await this.o.client.call('GET', `/api/odin/v3/editor/progress/${encodeURIComponent(job.projectId)}`);
      if (this.stopped) return;
      const report = toReport(answer.status, answer.body as Envelope | null);
      if (report) {
        const before = job.progress;
        const after = applyProgress(this.o.store, this.o.events, jobId, report);
        moved = (after?.progress ?? before) !== before;
      }
    } catch (cause) {
      if (this.stopped) return;
      // Timeouts, unreachable upstream, refused credentials: keep trying, more slowly.
      this.o.log.warn({ jobId, kind: cause instanceof UpstreamError ? cause.kind : 'error' }, 'progress poll failed; will retry');
    }
    const current = this.o.store.get(jobId);
    if (!current || isFinished(current)) {
      this.timers.delete(jobId);
      this.delays.delete(jobId);
      return;
    }
    const delay = moved ? this.o.pollMs : Math.min(this.o.maxPollMs, (this.delays.get(jobId) ?? this.o.pollMs) * 1.5);
    this.delays.set(jobId, delay);
    this.schedule(jobId, delay);
  }
}

/** One progress answer → a report; undefined for a transient failure (5xx, odd body): poll again. */
export function toReport(status: number, body: Envelope | null): ProgressReport | undefined {
  if (body?.success === true && body.data) {
    const d = body.data;
    const url = typeof d.downloadUrl === 'string' ? d.downloadUrl : typeof d.download_url === 'string' ? d.download_url : null;
    const err = d.error as { msg?: unknown } | string | undefined;
    return {
      progress: typeof d.progress === 'number' ? d.progress : Number(d.progress),
      state: typeof d.state === 'string' ? d.state : undefined,
      downloadUrl: url,
      credit: typeof d.credit === 'number' ? d.credit : undefined,
      error: typeof err === 'string' ? err : typeof err?.msg === 'string' ? err.msg : undefined,
    };
  }
  if (body?.success === false && status >= 400 && status < 500 && status !== 401 && status !== 429) {
    const msg = typeof body.error?.msg === 'string' ? body.error.msg : `AI Studios answered ${status}`;
    return { failed: true, error: msg };
  }
  return undefined;
}
