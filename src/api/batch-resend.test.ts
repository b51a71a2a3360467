import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanupPerTest } from '../server/test-support';
import { createBatchRunner } from '../store/batch-runner';
import { createBatchStore, type BatchRow } from '../store/batch-store';
import { exportChromaKey } from './exports';
import { memoryStorage } from '../testing/memory-storage';

const { harness } = cleanupPerTest();
afterEach(() => vi.unstubAllGlobals());

const rows: Partial<BatchRow>[] = ['one', 'two', 'three'].map((text) => ({
  language: 'en',
  text,
  model: 'M000004017',
  clothes: 'BG00006160',
}));

describe('the chroma-key batch reloaded mid-send, on the real server', () => {
  it('makes one job per row: the resends under the saved keys follow the first sends', async () => {
    const { app, store } = await harness();
    // The browser's own client (api/client), its requests answered by the server.
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: string, init: RequestInit) => {
      // Only the page's own calls (same-origin paths); the server's calls upstream go out as they are.
      if (!String(input).startsWith('/')) return realFetch(input, init);
      const res = await app.inject({
        method: init.method as 'POST',
        url: input,
        headers: init.headers as Record<string, string>,
        payload: init.body as string,
      });
      return new Response(res.body, { status: res.statusCode });
    });
    const page = () => {
      let n = 0;
      const batch = createBatchStore({ newId: (p) => `${p}-${++n}`, storage: memoryStorage() });
      const runner = createBatchRunner(batch, { send: (body, key) => exportChromaKey(body, key) });
      return { batch, runner };
    };
    const before = page();
    before.batch.replaceRows(rows);
    before.batch.setConcurrency(3);
    before.batch.run();
    const firstSends = before.runner.step([]);
    // The page reloads while the three requests are on their way: the new page starts from what
    // was saved, and the old page's requests still land.
    const after = page();
    after.batch.store.setState(before.batch.store.getState());
    after.runner.recoverInterrupted();
    const resends = after.runner.step([]);
    await Promise.all([...firstSends, ...resends]);

    const jobs = await store.list();
    expect(jobs).toHaveLength(3);
    const resumed = after.batch.store.getState().rows;
    expect(resumed.map((r) => r.state)).toEqual(['submitted', 'submitted', 'submitted']);
    expect(new Set(resumed.map((r) => r.jobId))).toEqual(new Set(jobs.map((j) => j.id)));
  });
});
