import type { JobStatus } from '../../domain/schema/job';
import type { Database, Queryable } from './db';
import {
  fromRow,
  newJobId,
  OPEN_STATUSES,
  SUMMARY,
  type JobPatch,
  type NewJob,
  type StoredJob,
} from './job-row';
import { conditionalUpdate, intentInsert, plainInsert, type UpdateCondition } from './job-sql';

// The routes' view of the ledger.
export type { StoredJob } from './job-row';
export { toPublic } from './public-job';

/** `publish`: announce the change to every instance in the same statement; `progressWas`: apply only if progress is still that. */
type UpdateOptions = Omit<UpdateCondition, 'from'>;

/** What an announcement carries: the job without its request and hook secret. */
const announced = (job: StoredJob): StoredJob => ({ ...job, request: null, hookSecret: null });

/** The export ledger on Postgres (embedded or server); every method is one statement or transaction. */
export class JobStore {
  private local?: (job: StoredJob) => void;

  constructor(
    readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Embedded (one process, one connection): a change asked to be announced is told to `listener`
   * once its statement has committed, not through NOTIFY, which no other process could hear and
   * which cost more than the write itself (the job built as JSON in SQL, then parsed back).
   */
  announceLocally(listener: (job: StoredJob) => void): void {
    this.local = listener;
  }

  /**
   * Writes the intent row (committed before the caller contacts AI Studios) and announces it, in
   * one statement. With `limit`, refuses (undefined) when the account already has that many
   * submissions in flight on any instance: on a server the account's advisory lock is taken first
   * (its own statement, so the count sees every sender that held it); embedded, the one connection
   * runs one statement at a time, so the conditional insert alone is atomic. Also undefined when
   * the account already has a job under the input's `clientKey`.
   */
  async createIntent(input: NewJob, limit?: number): Promise<StoredJob | undefined> {
    const at = this.now();
    const job: StoredJob = {
      id: newJobId(),
      status: 'submitting',
      progress: 0,
      projectId: null,
      taskId: null,
      upstreamDownloadUrl: null,
      credit: null,
      error: null,
      hookSecret: null,
      attempts: 1,
      createdAt: at,
      updatedAt: at,
      lastProgressAt: null,
      sentAt: null,
      clientKey: null,
      ...input,
    };
    const { sql, params } = intentInsert(job, at, limit, !this.local);
    const write = async (tx: Queryable) =>
      (await tx.query(sql, params)).length > 0 ? job : undefined;
    if (limit === undefined || this.db.mode === 'embedded') {
      const written = await write(this.db);
      if (written) this.local?.(announced(written));
      return written;
    }
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`submit:${job.account}`]);
      return write(tx);
    });
  }

  /** Inserts a finished or imported row as is; false when its id is already there. */
  async importJob(job: StoredJob, tx: Queryable = this.db): Promise<boolean> {
    const { sql, params } = plainInsert(job, true);
    return (await tx.query(sql, params)).length > 0;
  }

  async get(id: string): Promise<StoredJob | undefined> {
    const rows = await this.db.query('SELECT * FROM jobs WHERE id = $1', [id]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  /** The job without its request (`request` is undefined): for following and events. */
  async summary(id: string): Promise<StoredJob | undefined> {
    const rows = await this.db.query(`SELECT ${SUMMARY} FROM jobs WHERE id = $1`, [id]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  /** The job a sender submitted under this Idempotency-Key, if any. */
  async byClientKey(account: string, key: string): Promise<StoredJob | undefined> {
    const rows = await this.db.query(
      `SELECT ${SUMMARY} FROM jobs WHERE account = $1 AND client_key = $2`,
      [account, key],
    );
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  async byHookSecret(secret: string): Promise<StoredJob | undefined> {
    const rows = await this.db.query('SELECT * FROM jobs WHERE hook_secret = $1', [secret]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  async list(limit = 500): Promise<StoredJob[]> {
    return (
      await this.db.query('SELECT * FROM jobs ORDER BY created_at DESC, seq DESC LIMIT $1', [limit])
    ).map(fromRow);
  }

  /** Jobs the follower must watch (accepted, rendering, stalled, or with an unknown outcome), without their requests. */
  async open(): Promise<StoredJob[]> {
    return (
      await this.db.query(
        `SELECT ${SUMMARY} FROM jobs WHERE status = ANY($1) ORDER BY created_at`,
        [OPEN_STATUSES],
      )
    ).map(fromRow);
  }

  /**
   * Open jobs that pg-boss has no step for (none waiting, retrying or running) and that are not
   * past the give-up deadline (no news since `since`): their follow step was lost, for example when
   * an instance died between recording an export and queueing its first step.
   */
  async unfollowed(queue: string, since: number): Promise<StoredJob[]> {
    return (
      await this.db.query(
        `SELECT ${SUMMARY} FROM jobs j WHERE status = ANY($1)
           AND COALESCE(last_progress_at, sent_at, created_at) >= $2
           AND NOT EXISTS (SELECT 1 FROM pgboss.job q WHERE q.name = $3 AND q.singleton_key = j.id
             AND q.state IN ('created', 'retry', 'active'))`,
        [OPEN_STATUSES, since, queue],
      )
    ).map(fromRow);
  }

  /** `submitting` rows whose sender is gone: lease expired, or every one when `all` (embedded start). */
  async orphanedSubmissions(all: boolean): Promise<StoredJob[]> {
    const rows = all
      ? await this.db.query("SELECT * FROM jobs WHERE status = 'submitting'")
      : await this.db.query("SELECT * FROM jobs WHERE status = 'submitting' AND lease_until < $1", [
          this.now(),
        ]);
    return rows.map(fromRow);
  }

  /**
   * Applies `patch` when the job is in one of `from` (compare-and-set, so two instances or a
   * webhook and a poll cannot both move it); returns the updated job without its request (read it
   * with `get`), or undefined when it was not. With `publish`, the change is announced in the same
   * statement.
   */
  async update(
    id: string,
    patch: JobPatch,
    from?: readonly JobStatus[],
    options: UpdateOptions = {},
  ): Promise<StoredJob | undefined> {
    const entries = Object.entries({ ...patch, updatedAt: patch.updatedAt ?? this.now() }) as [
      keyof StoredJob,
      unknown,
    ][];
    const publish = options.publish && !this.local;
    const { sql, params } = conditionalUpdate(id, entries, { ...options, from, publish });
    const rows = await this.db.query(sql, params);
    const job = rows[0] ? fromRow(rows[0]) : undefined;
    if (job && options.publish) this.local?.(announced(job));
    return job;
  }

  /** Records a webhook delivery once; false when the same delivery was already recorded. */
  async recordWebhook(jobId: string, dedupeKey: string, body: unknown): Promise<boolean> {
    const rows = await this.db.query(
      'INSERT INTO webhook_events (job_id, dedupe_key, body, received_at) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING RETURNING job_id',
      [jobId, dedupeKey, JSON.stringify(body), this.now()],
    );
    return rows.length > 0;
  }

  async webhookCount(jobId: string): Promise<number> {
    const rows = await this.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM webhook_events WHERE job_id = $1',
      [jobId],
    );
    return rows[0]?.n ?? 0;
  }
}
