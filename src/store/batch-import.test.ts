import { describe, expect, it } from 'vitest';
import type { Job } from '../domain/schema/job';
import { memoryStorage } from '../testing/memory-storage';
import { importBatchRows } from './batch-import';
import { createBatchStore, type BatchRow } from './batch-store';

let ids = 0;
const store = (rows: Partial<BatchRow>[]) => {
  const batch = createBatchStore({ newId: (p) => `${p}-${++ids}`, storage: memoryStorage() });
  batch.replaceRows(rows);
  return batch;
};
const job = (id: string, status: Job['status']): Job => ({
  id,
  kind: 'chromakey',
  status,
  createdAt: 1,
  updatedAt: 2,
});
const file = [{ text: 'New one' }, { text: 'New two' }];

describe('importing a CSV into the batch', () => {
  it('while rows are rendering, keeps every row already sent (their jobs, keys and videos) and replaces the rest', () => {
    const batch = store([
      { text: 'Done', state: 'submitted', jobId: 'j1' },
      { text: 'Rendering', state: 'submitted', jobId: 'j2' },
      { text: 'Sending', state: 'submitting', key: 'k3' },
      { text: 'In doubt', state: 'error', key: 'k4', error: 'no answer' },
      { text: 'Waiting', state: 'queued' },
      { text: 'Draft', state: 'draft' },
    ]);
    batch.store.setState({ running: true });
    const jobs = [job('j1', 'done'), job('j2', 'rendering')];
    expect(importBatchRows(batch, file, jobs)).toEqual({ imported: 2, kept: 4 });
    const { rows, running } = batch.store.getState();
    expect(rows.map((r) => [r.text, r.state, r.jobId ?? r.key])).toEqual([
      ['Done', 'submitted', 'j1'],
      ['Rendering', 'submitted', 'j2'],
      ['Sending', 'submitting', 'k3'],
      ['In doubt', 'error', 'k4'],
      ['New one', 'draft', undefined],
      ['New two', 'draft', undefined],
    ]);
    expect(running).toBe(true);
  });

  it('with nothing being sent or rendering, starts a new batch from the file', () => {
    const batch = store([{ text: 'Done', state: 'submitted', jobId: 'j1' }, { text: 'Draft' }]);
    expect(importBatchRows(batch, file, [job('j1', 'done')])).toEqual({ imported: 2, kept: 0 });
    expect(batch.store.getState().rows.map((r) => r.text)).toEqual(['New one', 'New two']);
  });
});
