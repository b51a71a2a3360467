import { describe, expect, it } from 'vitest';
import type { Job } from '../domain/schema/job';
import type { SimpleVideoRequest } from '../domain/schema/simple';
import { createBatchRunner, INTERRUPTED_ROW } from './batch-runner';
import { createBatchStore, type BatchRow } from './batch-store';

const memory = () => {
  const kept = new Map<string, string>();
  return {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
    removeItem: (k: string) => void kept.delete(k),
  };
};

/** A batch with counter ids, and a server whose answers the test releases one by one. */
function setup(rows: Partial<BatchRow>[], concurrency = 2) {
  let n = 0;
  const batch = createBatchStore({ newId: (p) => `${p}-${++n}`, storage: memory() });
  batch.replaceRows(rows);
  batch.setConcurrency(concurrency);
  const sent: {
    body: SimpleVideoRequest;
    answer: (jobId: string) => void;
    fail: (e: Error) => void;
  }[] = [];
  const runner = createBatchRunner(batch, {
    send: (body) =>
      new Promise((resolve, reject) =>
        sent.push({ body, answer: (jobId) => resolve({ jobId }), fail: reject }),
      ),
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

  it('never resends a row a reload left half sent; it asks the user to check Jobs', () => {
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
});
