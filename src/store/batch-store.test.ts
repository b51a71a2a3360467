import { describe, expect, it } from 'vitest';
import { createBatchStore } from './batch-store';

const memory = () => {
  const kept = new Map<string, string>();
  return {
    kept,
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
    removeItem: (k: string) => void kept.delete(k),
  };
};

const make = (storage = memory()) => {
  let n = 0;
  return createBatchStore({ newId: (p) => `${p}-${++n}`, storage, storageKey: 'batch' });
};
const states = (batch: ReturnType<typeof make>) => batch.store.getState().rows.map((r) => r.state);

describe('batch store', () => {
  it('starts with one empty row whose id comes from the injected source', () => {
    const batch = make();
    expect(batch.store.getState().rows).toEqual([
      { id: 'row-1', language: 'en', text: '', model: '', clothes: '', state: 'draft' },
    ]);
  });

  it('run queues draft, failed and cancelled rows, and leaves sent ones alone', () => {
    const batch = make();
    batch.replaceRows([
      { state: 'draft' },
      { state: 'error', error: 'x' },
      { state: 'cancelled' },
      { state: 'submitted', jobId: 'j' },
    ]);
    batch.run();
    expect(states(batch)).toEqual(['queued', 'queued', 'queued', 'submitted']);
    expect(batch.store.getState().rows[1]!.error).toBeUndefined();
    expect(batch.store.getState().running).toBe(true);
  });

  it('cancelling stops the run: queued rows are cancelled, sent rows go on rendering', () => {
    const batch = make();
    batch.replaceRows([{ state: 'queued' }, { state: 'submitted', jobId: 'j' }]);
    batch.cancelPending();
    expect(states(batch)).toEqual(['cancelled', 'submitted']);
    expect(batch.store.getState().running).toBe(false);
  });

  it('retrying a row forgets its job and error and restarts the run', () => {
    const batch = make();
    batch.replaceRows([{ state: 'error', error: 'x', jobId: 'j' }]);
    const [row] = batch.store.getState().rows;
    batch.retryRow(row!.id);
    expect(batch.store.getState().rows[0]).toMatchObject({ state: 'queued' });
    expect(batch.store.getState().rows[0]).not.toHaveProperty('jobId', 'j');
    expect(batch.store.getState().running).toBe(true);
  });

  it('keeps concurrency between 1 and 16, whole', () => {
    const batch = make();
    const set = (n: number) => (batch.setConcurrency(n), batch.store.getState().concurrency);
    expect([set(0), set(2.6), set(99)]).toEqual([1, 3, 16]);
  });

  it('a batch in progress comes back from its storage (a reload)', () => {
    const storage = memory();
    const first = make(storage);
    first.replaceRows([{ text: 'hello', state: 'submitted', jobId: 'j1' }]);
    const again = make(storage);
    expect(again.store.getState().rows).toMatchObject([
      { text: 'hello', state: 'submitted', jobId: 'j1' },
    ]);
  });
});
