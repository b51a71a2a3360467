import type { Job } from '../domain/schema/job';
import { simpleVideoRequestSchema, type SimpleVideoRequest } from '../domain/schema/simple';
import { firstJobOf, unanswered } from '../domain/resend';
import type { BatchRow, BatchStore } from './batch-store';

type SchemaIssue = NonNullable<
  ReturnType<typeof simpleVideoRequestSchema.safeParse>['error']
>['issues'][number];

export interface BatchRunnerDeps {
  /**
   * Starts one chroma-key render (`simple/video`) under an Idempotency-Key; resolves with the
   * server's job id. A repeat under the same key rejects with the first send's job (`jobId`).
   */
  send: (body: SimpleVideoRequest, key: string) => Promise<{ jobId?: string }>;
  /** A fresh Idempotency-Key (tests pass their own). */
  newKey?: () => string;
  /** A row the schema refuses, in the user's words. */
  describeInvalid?: (issue: SchemaIssue | undefined) => string;
  /** A send that failed, in the user's words. */
  describeFailure?: (error: unknown) => string;
  /** A row the page closed on while sending, in the user's words. */
  describeInterrupted?: () => string;
}

export const INTERRUPTED_ROW =
  'The page closed while this row was being sent. Check Jobs before retrying it.';

export const jobOfRow = (row: BatchRow, jobs: readonly Job[] | undefined) =>
  row.jobId ? jobs?.find((j) => j.id === row.jobId) : undefined;

/**
 * Job states that may still be rendering upstream (and spending): a job whose answer was lost
 * (`unknown`) keeps its slot until the server has found out. A stalled one waits for the user.
 */
const OCCUPYING: ReadonlySet<Job['status']> = new Set([
  'submitting',
  'queued',
  'rendering',
  'unknown',
]);

/** Whether a row still occupies a slot: being sent, or sent and not finished rendering. */
export const isActiveRow = (row: BatchRow, jobs: readonly Job[] | undefined) => {
  if (row.state === 'submitting') return true;
  if (row.state !== 'submitted') return false;
  const job = jobOfRow(row, jobs);
  return !job || OCCUPYING.has(job.status);
};

/**
 * The batch scheduler, free of any framework: the app calls `step` whenever the rows or the job
 * list change (React effects), the bench calls it in a polling loop. It sends queued rows while
 * fewer than `concurrency` are active and ends the run when nothing is queued or rendering.
 */
export function createBatchRunner(batch: BatchStore, deps: BatchRunnerDeps) {
  const inFlight = new Set<string>();
  const describeInvalid = deps.describeInvalid ?? ((i) => i?.message ?? 'This row is not valid.');
  const describeFailure = deps.describeFailure ?? ((e) => String(e));

  const newKey = deps.newKey ?? (() => crypto.randomUUID());
  // A row with its job has spent its key: retrying that job (if it fails) is a new export.
  const settled = { error: undefined, key: undefined, keyedBody: undefined };

  const sendRow = async (row: BatchRow, body: SimpleVideoRequest) => {
    inFlight.add(row.id);
    // A key is reused only for the very request it was sent with: an edited row is a new export.
    const keyedBody = JSON.stringify(body);
    const key = row.key && row.keyedBody === keyedBody ? row.key : newKey();
    // Saved (persisted) before the request leaves, so a reload resends under the same key.
    batch.patchRow(row.id, { state: 'submitting', error: undefined, key, keyedBody });
    try {
      const { jobId } = await deps.send(body, key);
      batch.patchRow(row.id, { state: 'submitted', jobId, ...settled });
    } catch (error) {
      const first = firstJobOf(error);
      if (first) batch.patchRow(row.id, { state: 'submitted', jobId: first, ...settled });
      // An answered failure is over: a retry is a new export, under a new key.
      else
        batch.patchRow(row.id, {
          state: 'error',
          error: describeFailure(error),
          key: unanswered(error) ? key : undefined,
        });
    } finally {
      inFlight.delete(row.id);
    }
  };

  return {
    /**
     * A row left 'submitting' by a reload may or may not have reached the server. With its key it
     * is sent again under that key: the server makes one job per key, whichever send lands first,
     * and names it to the other. A row saved before keys could render (and bill) twice if resent,
     * so it waits for the user, who can check the job centre.
     */
    recoverInterrupted: () => {
      for (const row of batch.store.getState().rows)
        if (row.state === 'submitting' && !inFlight.has(row.id))
          batch.patchRow(
            row.id,
            row.key
              ? { state: 'queued' }
              : { state: 'error', error: (deps.describeInterrupted ?? (() => INTERRUPTED_ROW))() },
          );
    },
    /** One scheduling pass against the latest job list; returns the sends it started. */
    step: (jobs: readonly Job[] | undefined): Promise<void>[] => {
      const { rows, running, concurrency } = batch.store.getState();
      if (!running) return [];
      let active = rows.filter((r) => isActiveRow(r, jobs)).length;
      const queued = rows.filter((r) => r.state === 'queued');
      if (queued.length === 0 && active === 0) {
        batch.store.setState({ running: false });
        return [];
      }
      const started: Promise<void>[] = [];
      for (const row of queued) {
        if (active >= concurrency) break;
        const body = simpleVideoRequestSchema.safeParse({
          language: row.language,
          text: row.text,
          model: row.model,
          clothes: row.clothes,
          isExport: true,
        });
        if (body.success) {
          active++;
          started.push(sendRow(row, body.data));
        } else
          batch.patchRow(row.id, { state: 'error', error: describeInvalid(body.error.issues[0]) });
      }
      return started;
    },
  };
}

export type BatchRunner = ReturnType<typeof createBatchRunner>;
