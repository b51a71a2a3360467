import { describe, expect, it } from 'vitest';
import { mergeRows } from '../domain/merge/report';
import { designedProject, designedSpec, row } from '../domain/merge/test-support';
import { cleanupPerTest, waitFor } from '../server/test-support';
import { httpJobsApi, type JobsApi } from './jobs-api';
import { MergeRun, newRunState, wait, type RunState } from './run';

const { harness } = cleanupPerTest();

/** The editor's jobs API on the real server (by inject): what a page sends, the server receives. */
async function pageApi() {
  const h = await harness();
  const apiWith = (extra: Record<string, string> = {}) =>
    httpJobsApi({
      baseUrl: 'http://localhost',
      fetch: async (input, init) => {
        const res = await h.app.inject({
          method: (init?.method ?? 'GET') as 'GET' | 'POST',
          url: new URL(String(input)).pathname,
          headers: { ...(init?.headers as Record<string, string>), ...extra },
          payload: init?.body as string | undefined,
        });
        return new Response(res.body, { status: res.statusCode });
      },
    });
  // `slow`: AI Studios answers the export 3 s late (the simulator's fault header).
  return { ...h, api: apiWith(), slow: apiWith({ 'x-sim-fault': 'late@3000' }) };
}

const requests = mergeRows(designedProject(), designedSpec(), [
  row(1, { name: 'Ann', logo: '', avatar: '', outfit: '' }),
  row(2, { name: 'Bo', logo: '', avatar: '', outfit: '' }),
]);
const requestOf = (n: number) => requests.find((r) => r.row.number === n)?.request;

/**
 * The first page: each row's request leaves for the server, the page reloads before any answer,
 * and what it saved is the run with both rows 'sending'. `delivered` lets the test decide when the
 * requests still in transit reach the server.
 */
function pageThatReloadsMidSend(api: JobsApi, transit = api) {
  let saved: RunState | undefined;
  const inTransit: (() => Promise<unknown>)[] = [];
  const dying: JobsApi = {
    ...api,
    submit: (request, signal, key) => {
      inTransit.push(() => transit.submit(request, undefined, key).catch(() => undefined));
      return new Promise(() => undefined); // the page is gone before the answer
    },
  };
  const run = new MergeRun(newRunState([1, 2]), {
    api: dying,
    requestOf,
    concurrency: 2,
    pollMs: 10,
    wait,
    onChange: (state) => (saved = structuredClone(state)),
  });
  void run.run();
  return {
    saved: () => saved!,
    deliver: () => Promise.all(inTransit.map((send) => send())),
    /** The dead page's loop stops (its saved state is taken before). */
    stop: () => run.cancel(),
  };
}

const resumed = (api: JobsApi, saved: RunState) =>
  new MergeRun(saved, { api, requestOf, concurrency: 2, pollMs: 10, wait }).run();

describe('a merge run reloaded mid-send', () => {
  it('requests in transit land before the new page resends: each row is one job, followed to its end', async () => {
    const { api, store } = await pageApi();
    const page = pageThatReloadsMidSend(api);
    await Promise.resolve();
    expect(page.saved().rows.map((r) => [r.status, typeof r.key])).toEqual([
      ['sending', 'string'],
      ['sending', 'string'],
    ]);
    const saved = page.saved();
    page.stop();
    await page.deliver();
    const end = await resumed(api, saved);
    expect(end.rows.map((r) => r.status)).toEqual(['done', 'done']);
    const jobs = await store.list();
    expect(jobs).toHaveLength(2);
    expect(new Set(end.rows.map((r) => r.jobId))).toEqual(new Set(jobs.map((j) => j.id)));
  });

  it('requests in transit land after the new page resent them: still one job per row', async () => {
    const { api, store } = await pageApi();
    const page = pageThatReloadsMidSend(api);
    await Promise.resolve();
    const saved = page.saved();
    page.stop();
    const end = await resumed(api, saved);
    await page.deliver(); // the old page's requests arrive late: the server sends nothing again
    expect(end.rows.map((r) => r.status)).toEqual(['done', 'done']);
    expect(await store.list()).toHaveLength(2);
  });

  it('a resend that lands while the first send is still with AI Studios follows that job to its end', async () => {
    const { api, slow, store } = await pageApi();
    const page = pageThatReloadsMidSend(api, slow);
    await Promise.resolve();
    const saved = page.saved();
    page.stop();
    const late = page.deliver();
    await waitFor(async () => ((await store.list()).length === 2 ? true : undefined));
    expect((await store.list()).map((j) => j.status)).toEqual(['submitting', 'submitting']);
    const end = await resumed(api, saved);
    await late;
    expect(end.rows.map((r) => r.status)).toEqual(['done', 'done']);
    expect(await store.list()).toHaveLength(2);
  });
});
