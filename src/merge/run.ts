import type { Job } from '../domain/schema/job';
import type { EditorProjectRequest } from '../domain/schema/request';
import { deepSame } from '../domain/preflight/deep-same';
import { firstJobOf, unanswered } from '../domain/resend';
import type { JobsApi } from './jobs-api';
import { runMessageText, type RunMessage } from './run-messages';

export type RunRowStatus =
  'waiting' | 'sending' | 'queued' | 'rendering' | 'done' | 'failed' | 'cancelled';

/** One row of a run; plain data, so a run can be saved and picked up after a reload. */
export interface RunRow {
  rowNumber: number;
  status: RunRowStatus;
  /** The Idempotency-Key of this row's send, saved before it is sent: a resend reuses it. */
  key?: string;
  jobId?: string;
  projectId?: string;
  progress?: number;
  credits?: number;
  error?: string;
  /** `error` as a code when the run itself says it (the editor translates it). */
  errorMessage?: RunMessage;
}

export interface RunState {
  rows: RunRow[];
  paused: boolean;
  cancelled: boolean;
  /** Why the run paused by itself (the credit cap), in English; `pauseMessage` as a code. */
  pauseReason?: string;
  pauseMessage?: RunMessage;
  /** The user resumed past the credit cap: it no longer holds for this run. */
  capLifted?: boolean;
}

export interface RunOptions {
  api: JobsApi;
  /** The request of each row, by row number (rebuilt from the project after a reload). */
  requestOf: (rowNumber: number) => EditorProjectRequest | undefined;
  /** Rows in flight at once: the account's concurrency limit. */
  concurrency: number;
  pollMs: number;
  /** Waits `ms` (setTimeout in the app and CLI, immediate in tests); returns early on abort. */
  wait: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * No row is sent when the credits spent plus what rows in flight may cost (their estimate until
   * the job says) could pass this; the run pauses instead.
   */
  creditCap?: number;
  /** A row's estimated credits (from its check); 1, the least a video costs, when not given. */
  costOf?: (rowNumber: number) => number;
  onChange?: (state: RunState) => void;
  /** A fresh Idempotency-Key (tests pass their own). */
  newKey?: () => string;
}

const SETTLED = new Set<RunRowStatus>(['done', 'failed', 'cancelled']);
const IN_FLIGHT = new Set<RunRowStatus>(['sending', 'queued', 'rendering']);
/**
 * A job's ledger state as a row state. The row already has its job, so a job still `submitting`
 * (another request, such as a duplicate's first send, is sending it) is followed as `queued`, never
 * sent again; `unknown` (its answer was lost, the server is finding out) and `stalled` (no
 * progress; the job centre offers to send it again) stay in flight, since neither is resent by itself.
 */
export const rowStatusOf = (status: Job['status']): RunRowStatus => {
  switch (status) {
    case 'saved':
      return 'done';
    case 'submitting':
    case 'unknown':
      return 'queued';
    case 'stalled':
      return 'rendering';
    default:
      return status;
  }
};
const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Resolves after `ms`, or at once when `signal` aborts (polling loops that must stop promptly). */
export const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

export const newRunState = (rowNumbers: readonly number[]): RunState => ({
  rows: rowNumbers.map((rowNumber) => ({ rowNumber, status: 'waiting' })),
  paused: false,
  cancelled: false,
});

const failure = (message: RunMessage) => ({
  status: 'failed' as const,
  error: runMessageText(message),
  errorMessage: message,
});

/**
 * Sends rows through the jobs API, at most `concurrency` in flight, and follows each job to its
 * end. Framework-free: the editor and the CLI drive the same loop.
 */
export class MergeRun {
  private state: RunState;
  private readonly abort = new AbortController();
  private wake = new AbortController();

  constructor(
    initial: RunState,
    private readonly options: RunOptions,
  ) {
    this.state = structuredClone(initial);
  }

  /** Rows are replaced, never mutated, so a shallow copy is a stable snapshot. */
  snapshot = (): RunState => ({ ...this.state, rows: this.state.rows });

  pause() {
    this.set({ paused: true, pauseReason: undefined, pauseMessage: undefined });
  }
  /** Resuming a run the credit cap paused is the user's word to go past the cap. */
  resume() {
    const pastCap = this.state.capLifted || this.state.pauseMessage?.code === 'run.creditCap';
    this.set({
      paused: false,
      pauseReason: undefined,
      pauseMessage: undefined,
      ...(pastCap && { capLifted: true }),
    });
    this.wake.abort();
  }
  /** Rows not yet sent are cancelled; sent ones render on (AI Studios cannot stop a render) but are no longer followed. */
  cancel() {
    this.state.rows = this.state.rows.map((r) =>
      r.status === 'waiting' ? { ...r, status: 'cancelled' } : r,
    );
    this.set({ cancelled: true });
    this.abort.abort();
    this.wake.abort();
  }
  /**
   * Failed rows go back in the queue; only ever on the user's request. A row whose send got no
   * answer keeps its key (had it arrived, the server sends nothing again); one whose job failed
   * is a new export.
   */
  retryFailed() {
    this.state.rows = this.state.rows.map((r) =>
      r.status === 'failed'
        ? { rowNumber: r.rowNumber, status: 'waiting', ...(r.jobId ? {} : { key: r.key }) }
        : r,
    );
    this.set({});
    this.wake.abort();
  }

  /**
   * A row left 'sending' (the page closed mid-request) may or may not have reached the server.
   * With its key it is sent again under that key: the server records one job per key, whichever
   * send arrives first. A row saved before keys (an older run) is looked up by its exact request;
   * found, it is followed; not found, it is sent again; when the server cannot be asked, it fails
   * and waits for the user (never billed twice).
   */
  private async adoptLostSends() {
    for (const row of this.state.rows)
      if (row.status === 'sending' && row.key) this.patch(row.rowNumber, { status: 'waiting' });
    const lost = this.state.rows.filter((r) => r.status === 'sending');
    if (lost.length === 0) return;
    let jobs: Job[] | undefined;
    try {
      jobs = await this.options.api.list(this.abort.signal);
    } catch {
      jobs = undefined;
    }
    const claimed = new Set(this.state.rows.flatMap((r) => (r.jobId ? [r.jobId] : [])));
    for (const row of lost) {
      const request = this.options.requestOf(row.rowNumber);
      const wire = request && (JSON.parse(JSON.stringify(request)) as unknown);
      const job = jobs?.find((j) => !claimed.has(j.id) && deepSame(j.request, wire));
      if (job) claimed.add(job.id);
      this.patch(
        row.rowNumber,
        job
          ? { status: 'queued', jobId: job.id, projectId: job.projectId ?? undefined }
          : jobs
            ? { status: 'waiting' }
            : failure({ code: 'run.lostSend' }),
      );
    }
  }

  /** Runs until every row is settled or the run is cancelled. */
  async run(): Promise<RunState> {
    await this.adoptLostSends();
    while (!this.state.cancelled) {
      this.sendMore();
      const following = this.state.rows.filter(
        (r) => r.jobId && (r.status === 'queued' || r.status === 'rendering'),
      );
      await Promise.all(following.map((r) => this.follow(r.rowNumber, r.jobId!)));
      if (this.state.rows.every((r) => SETTLED.has(r.status))) break;
      this.wake = new AbortController();
      if (this.state.cancelled) break;
      await this.options.wait(this.options.pollMs, this.wake.signal).catch(() => undefined);
    }
    return this.snapshot();
  }

  private sendMore() {
    if (this.state.paused || this.state.cancelled) return;
    const inFlight = this.state.rows.filter((r) => IN_FLIGHT.has(r.status)).length;
    let free = this.options.concurrency - inFlight;
    const cap = this.state.capLifted ? undefined : this.options.creditCap;
    let committed = this.creditsCommitted();
    for (const row of this.state.rows) {
      if (free <= 0) break;
      if (row.status !== 'waiting') continue;
      const cost = this.costOf(row.rowNumber);
      if (cap !== undefined && committed + cost > cap) {
        // Rows in flight may cost less than estimated: wait for them before giving up.
        if (inFlight === 0 && free === this.options.concurrency) this.pauseAtCap(cap);
        return;
      }
      committed += cost;
      free -= 1;
      void this.send(row.rowNumber);
    }
  }

  private pauseAtCap(cap: number) {
    const pauseMessage: RunMessage = { code: 'run.creditCap', params: { cap } };
    this.set({ paused: true, pauseMessage, pauseReason: runMessageText(pauseMessage) });
  }

  private costOf = (rowNumber: number) => this.options.costOf?.(rowNumber) ?? 1;

  /** Credits spent, plus what rows in flight (or done without a recorded cost) may cost. */
  private creditsCommitted = () =>
    this.state.rows.reduce(
      (sum, r) =>
        sum +
        (r.credits ??
          (IN_FLIGHT.has(r.status) || r.status === 'done' ? this.costOf(r.rowNumber) : 0)),
      0,
    );

  private async send(rowNumber: number) {
    const request = this.options.requestOf(rowNumber);
    if (!request) return this.patch(rowNumber, failure({ code: 'run.noRequest' }));
    const key =
      this.state.rows.find((r) => r.rowNumber === rowNumber)?.key ??
      (this.options.newKey ?? (() => crypto.randomUUID()))();
    // Saved (onChange) before the request leaves, so a reload finds the key.
    this.patch(rowNumber, { status: 'sending', key, error: undefined, errorMessage: undefined });
    try {
      const created = await this.options.api.submit(request, this.abort.signal, key);
      this.patch(rowNumber, {
        status: 'queued',
        jobId: created.jobId,
        projectId: created.projectId,
      });
    } catch (e) {
      // Sent before (a reload caught it mid-send): follow the job the first send made.
      const first = firstJobOf(e);
      if (first) this.patch(rowNumber, { status: 'queued', jobId: first });
      // The key stays only while the send may have arrived unanswered (no answer, or refused
      // before anything was recorded); an answered failure is over, and a retry is a new send.
      else
        this.patch(rowNumber, {
          status: 'failed',
          error: describe(e),
          key: unanswered(e) ? key : undefined,
        });
    }
    this.wake.abort();
  }

  private async follow(rowNumber: number, jobId: string) {
    let job: Job;
    try {
      job = await this.options.api.job(jobId, this.abort.signal);
    } catch {
      return; // A missed poll is retried on the next tick; the job itself is unaffected.
    }
    const status = rowStatusOf(job.status);
    this.patch(rowNumber, {
      status,
      progress: job.progress ?? undefined,
      credits: job.credit ?? undefined,
      projectId: job.projectId ?? undefined,
      error:
        job.status === 'failed'
          ? (job.error ?? 'AI Studios reported the render as failed.')
          : undefined,
    });
  }

  private patch(rowNumber: number, patch: Partial<RunRow>) {
    this.state.rows = this.state.rows.map((r) =>
      r.rowNumber === rowNumber ? { ...r, ...patch } : r,
    );
    this.set({});
  }

  private set(patch: Partial<RunState>) {
    this.state = { ...this.state, ...patch };
    this.options.onChange?.(this.snapshot());
  }
}
