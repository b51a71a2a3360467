import { describe, expect, it } from 'vitest';
import type { Job } from '../../domain/schema/job';
import { createBatchStore } from '../../store/batch-store';
import { batchNews, type BatchMoment } from './batch-announcements';

const job = (id: string, status: Job['status'], error?: string): Job => ({
  id,
  kind: 'chromakey',
  status,
  createdAt: 1,
  updatedAt: 2,
  ...(error ? { error } : {}),
});

/** A batch driven through its store's commands; `say` reports what changed since the last call. */
function watchedBatch() {
  let n = 0;
  const batch = createBatchStore({ newId: (p) => `${p}-${++n}` });
  batch.replaceRows([
    { model: 'M1', clothes: 'C1', text: 'one' },
    { model: 'M2', clothes: 'C2', text: 'two' },
    { model: 'M3', clothes: 'C3', text: 'three' },
  ]);
  let jobs: Job[] | undefined;
  let last: BatchMoment = { state: batch.store.getState(), jobs };
  const say = (nextJobs: Job[] | undefined = jobs) => {
    jobs = nextJobs;
    const now = { state: batch.store.getState(), jobs };
    const news = batchNews(last, now);
    last = now;
    return news;
  };
  const row = (i: number) => batch.store.getState().rows[i]!;
  return { batch, say, row };
}

describe('batch announcements', () => {
  it('say the start, each row that ends (and why it failed) and the end', () => {
    const { batch, say, row } = watchedBatch();
    expect(say()).toBe('');
    batch.run();
    expect(say()).toBe('Batch started: 3 rows queued');
    batch.patchRow(row(0).id, { state: 'submitted', jobId: 'j1' });
    batch.patchRow(row(1).id, { state: 'submitted', jobId: 'j2' });
    batch.patchRow(row(2).id, { state: 'error', error: 'No credits left' });
    expect(say([job('j1', 'rendering'), job('j2', 'rendering')])).toBe(
      'Row 3 failed: No credits left',
    );
    expect(say([job('j1', 'done'), job('j2', 'rendering')])).toBe('Row 1 finished');
    expect(say([job('j1', 'done'), job('j2', 'failed', 'Render error')])).toBe(
      'Row 2 failed: Render error',
    );
    batch.store.setState({ running: false });
    expect(say()).toBe('Batch finished: 1 done, 2 failed');
  });

  it('say rows cancelled, and nothing for rows whose job the list only now holds', () => {
    const { batch, say, row } = watchedBatch();
    batch.patchRow(row(0).id, { state: 'submitted', jobId: 'old' });
    say();
    // After a reload the job list arrives with the row's job long finished: no news.
    expect(say([job('old', 'done')])).toBe('');
    batch.run();
    say();
    batch.cancelPending();
    expect(say()).toBe('Row 2 cancelled. Row 3 cancelled');
  });
});
