import { describe, expect, it } from 'vitest';
import type { Job } from '../domain/schema/job';
import type { SimpleVideoRequest } from '../domain/schema/simple';
import { createBatchRunner, INTERRUPTED_ROW } from './batch-runner';
import { createBatchStore, type BatchRow } from './batch-store';
import { memoryStorage } from '../testing/memory-storage';

/** A batch with counter ids, and a server whose answers the test releases one by one. */
function setup(rows: Partial<BatchRow>[], concurrency = 2) {
  let n = 0;
  const batch = createBatchStore({ newId: (p) => `${p}-${++n}`, storage: memoryStorage() });
  batch.replaceRows(rows);
  batch.setConcurrency(concurrency);
  const sent: {
    body: SimpleVideoRequest;
    key: string;
    answer: (jobId: string) => void;
    fail: (e: Error) => void;
  }[] = [];
  let keys = 0;
  const runner = createBatchRunner(batch, {
    send: (body, key) =>
      new Promise((resolve, reject) =>
        sent.push({ body, key, answer: (jobId) => resolve({ jobId }), fail: reject }),
      ),
    newKey: () => `key-${++keys}`,
    describeFailure: (e) => `failed: ${(e as Error).message}`,
  });
  const states = () => batch.store.getState().rows.map((r) => r.state);
  return { batch, runner, sent, states };
}

const row = (text: string): Partial<BatchRow> => ({ text, model: 'M1', clothes: 'C1' });
const job = (id: string, status: Job['status']) => ({ id, status }) as Job;

describe('batch runner', () => {
  it('sends no more rows than the concurrency allows, as isExport renders', () => {
    const { batch, runner, sent, states } = setup([row('a'), row('b'), row('c')], 2);
    batch.run();
    runner.step([]);
    expect(sent.map((s) => s.body.text)).toEqual(['a', 'b']);
    expect(sent.map((s) => s.body.isExport)).toEqual([true, true]);
    expect(states()).toEqual(['submitting', 'submitting', 'queued']);
  });

  it('sends the next row once a sent one finishes rendering, then ends the run', async () => {
    const { batch, runner, sent, states } = setup([row('a'), row('b'), row('c')], 2);
    batch.run();
    const first = runner.step([]);
    sent[0]!.answer('j1');
    sent[1]!.answer('j2');
    await Promise.all(first);
    expect(states()).toEqual(['submitted', 'submitted', 'queued']);
    runner.step([job('j1', 'rendering'), job('j2', 'rendering')]);
    expect(sent).toHaveLength(2);
    const next = runner.step([job('j1', 'done'), job('j2', 'rendering')]);
    expect(sent.map((s) => s.body.text)).toEqual(['a', 'b', 'c']);
    sent[2]!.answer('j3');
    await Promise.all(next);
    runner.step([job('j1', 'done'), job('j2', 'failed'), job('j3', 'done')]);
    expect(batch.store.getState().running).toBe(false);
  });

  it('keeps a slot for a job still being sent or whose outcome is unknown, not for a stalled one', async () => {
    const { batch, runner, sent } = setup([row('a'), row('b'), row('c')], 2);
    batch.run();
    const first = runner.step([]);
    sent[0]!.answer('j1');
    sent[1]!.answer('j2');
    await Promise.all(first);
    runner.step([job('j1', 'submitting'), job('j2', 'unknown')]);
    expect(sent).toHaveLength(2);
    runner.step([job('j1', 'stalled'), job('j2', 'unknown')]);
    expect(sent.map((s) => s.body.text)).toEqual(['a', 'b', 'c']);
  });

  it('marks a row the schema refuses, in the words given, without taking a slot', () => {
    const { batch, runner, sent } = setup([{ text: 'no avatar' }, row('b')], 1);
    batch.run();
    runner.step([]);
    const [refused] = batch.store.getState().rows;
    expect(refused!.state).toBe('error');
    expect(refused!.error).toBeTruthy();
    expect(sent.map((s) => s.body.text)).toEqual(['b']);
  });

  it('reports a failed send on its row and goes on with the others', async () => {
    const { batch, runner, sent, states } = setup([row('a'), row('b')], 2);
    batch.run();
    const started = runner.step([]);
    sent[0]!.fail(new Error('offline'));
    sent[1]!.answer('j2');
    await Promise.all(started);
    expect(states()).toEqual(['error', 'submitted']);
    expect(batch.store.getState().rows[0]!.error).toBe('failed: offline');
  });

  it('does nothing while the batch is not running', () => {
    const { runner, sent } = setup([row('a')]);
    expect(runner.step([])).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('never resends a row saved before keys that a reload left half sent; it asks the user to check Jobs', () => {
    const { batch, runner, sent, states } = setup([{ ...row('a'), state: 'submitting' }]);
    runner.recoverInterrupted();
    expect(states()).toEqual(['error']);
    expect(batch.store.getState().rows[0]!.error).toBe(INTERRUPTED_ROW);
    batch.store.setState({ running: true });
    runner.step([]);
    expect(sent).toEqual([]);
  });

  it('leaves a row it is sending itself alone when recovering', () => {
    const { batch, runner, states } = setup([row('a')]);
    batch.run();
    runner.step([]);
    runner.recoverInterrupted();
    expect(states()).toEqual(['submitting']);
  });

  describe('under Idempotency-Keys', () => {
    /** An answer of our server, as api/client throws it. */
    const answered = (status: number, code: string, jobId?: string) =>
      Object.assign(new Error(code), { status, code, ...(jobId ? { jobId } : {}) });
    const rowOf = (batch: ReturnType<typeof setup>['batch']) => batch.store.getState().rows[0]!;

    it('saves the key on the row before the send leaves, and sends under it', () => {
      const { batch, runner, sent } = setup([row('a')]);
      batch.run();
      runner.step([]);
      expect(rowOf(batch)).toMatchObject({ state: 'submitting', key: 'key-1' });
      expect(sent[0]!.key).toBe('key-1');
    });

    it('resends a row a reload caught mid-send under the same key, and follows the first job', async () => {
      const first = setup([row('a')]);
      first.batch.run();
      first.runner.step([]);
      // The page reloads: a new runner on the same saved rows.
      const saved = first.batch.store.getState();
      const { batch, runner, sent } = setup([]);
      batch.store.setState(saved);
      runner.recoverInterrupted();
      const started = runner.step([]);
      expect(sent.map((s) => s.key)).toEqual(['key-1']);
      sent[0]!.fail(answered(409, 'DUPLICATE_SUBMISSION', 'job-first'));
      await Promise.all(started);
      expect(rowOf(batch)).toMatchObject({ state: 'submitted', jobId: 'job-first' });
      expect(rowOf(batch).error).toBeUndefined();
    });

    it('keeps the key when the send got no answer, so retrying cannot pay twice', async () => {
      const { batch, runner, sent } = setup([row('a')]);
      batch.run();
      let started = runner.step([]);
      sent[0]!.fail(answered(0, 'network'));
      await Promise.all(started);
      expect(rowOf(batch)).toMatchObject({ state: 'error', key: 'key-1' });
      batch.retryRow(rowOf(batch).id);
      started = runner.step([]);
      expect(sent[1]!.key).toBe('key-1');
      sent[1]!.answer('j1');
      await Promise.all(started);
      expect(rowOf(batch)).toMatchObject({ state: 'submitted', jobId: 'j1' });
    });

    it('gives a new key to a retry after an answered refusal: that is a new export', async () => {
      const { batch, runner, sent } = setup([row('a')]);
      batch.run();
      let started = runner.step([]);
      sent[0]!.fail(answered(400, 'INVALID_REQUEST'));
      await Promise.all(started);
      expect(rowOf(batch).key).toBeUndefined();
      batch.retryRow(rowOf(batch).id);
      started = runner.step([]);
      expect(sent[1]!.key).toBe('key-2');
    });

    it('gives a new key to a row edited after a send that got no answer: that is another request', async () => {
      const { batch, runner, sent } = setup([row('a')]);
      batch.run();
      let started = runner.step([]);
      sent[0]!.fail(answered(0, 'network'));
      await Promise.all(started);
      batch.patchRow(rowOf(batch).id, { text: 'a, corrected' });
      batch.retryRow(rowOf(batch).id);
      started = runner.step([]);
      expect(sent[1]).toMatchObject({ key: 'key-2', body: { text: 'a, corrected' } });
    });

    it('gives a new key to a retry of a row whose job failed: its key made that job', async () => {
      const { batch, runner, sent } = setup([row('a')]);
      batch.run();
      let started = runner.step([]);
      sent[0]!.answer('j1');
      await Promise.all(started);
      expect(rowOf(batch).key).toBeUndefined();
      batch.retryRow(rowOf(batch).id);
      started = runner.step([job('j1', 'failed')]);
      expect(sent[1]!.key).toBe('key-2');
    });
  });
});
