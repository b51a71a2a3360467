import { describe, expect, it } from 'vitest';
import type { Job } from '../domain/schema/job';
import type { EditorProjectRequest } from '../domain/schema/request';
import { JobsApiError, type JobsApi } from './jobs-api';
import { MergeRun, newRunState, type RunOptions } from './run';

/** A server whose jobs advance one step per poll; row 3 fails to render, `refuse` rows are refused. */
function fakeApi(refuse: string[] = []) {
  const jobs = new Map<string, { name: string; polls: number }>();
  const inFlight = { now: 0, max: 0 };
  const api: JobsApi = {
    submit: async (request) => {
      if (refuse.includes(request.name ?? '')) throw new Error(`refused ${request.name}`);
      const id = `job-${jobs.size + 1}`;
      jobs.set(id, { name: request.name ?? '', polls: 0 });
      inFlight.max = Math.max(inFlight.max, ++inFlight.now);
      return { jobId: id, projectId: `p-${id}` };
    },
    job: async (id) => {
      const j = jobs.get(id)!;
      j.polls += 1;
      const failed = j.name === 'row 3';
      const status = j.polls < 3 ? 'rendering' : failed ? 'failed' : 'done';
      if (j.polls === 3) inFlight.now -= 1;
      return {
        id,
        kind: 'project',
        name: j.name,
        status,
        progress: Math.min(100, j.polls * 40),
        credit: status === 'done' ? 2 : null,
        error: failed ? 'render error' : null,
        createdAt: 0,
        updatedAt: 0,
      } as Job;
    },
    download: async () => new Response(''),
    voices: async () => [],
    list: async () =>
      [...jobs].map(
        ([id, j]) =>
          ({
            id,
            kind: 'project',
            name: j.name,
            status: 'queued',
            request: { name: j.name, scenes: [] },
            createdAt: 0,
            updatedAt: 0,
          }) as Job,
      ),
  };
  return { api, jobs, inFlight };
}

const options = (api: JobsApi, extra: Partial<RunOptions> = {}): RunOptions => ({
  api,
  requestOf: (n) => ({ name: `row ${n}`, scenes: [] }) as unknown as EditorProjectRequest,
  concurrency: 2,
  pollMs: 1000,
  wait: async () => undefined,
  ...extra,
});

describe('MergeRun', () => {
  it('sends every row once, never more than the concurrency at a time, and follows each job to its end', async () => {
    const { api, jobs, inFlight } = fakeApi();
    const end = await new MergeRun(newRunState([1, 2, 3, 4, 5]), options(api)).run();
    expect(jobs.size).toBe(5);
    expect(inFlight.max).toBe(2);
    expect(end.rows.map((r) => [r.rowNumber, r.status, r.jobId, r.credits ?? null])).toEqual([
      [1, 'done', 'job-1', 2],
      [2, 'done', 'job-2', 2],
      [3, 'failed', 'job-3', null],
      [4, 'done', 'job-4', 2],
      [5, 'done', 'job-5', 2],
    ]);
    expect(end.rows[2]!.error).toBe('render error');
  });

  it('a refused row fails with the server’s words and the others go on; failed rows are retried only on request', async () => {
    const { api, jobs } = fakeApi(['row 2']);
    const run = new MergeRun(newRunState([1, 2, 4]), options(api));
    const end = await run.run();
    expect(end.rows.map((r) => r.status)).toEqual(['done', 'failed', 'done']);
    expect(end.rows[1]!.error).toBe('refused row 2');
    expect(jobs.size).toBe(2);
    run.retryFailed();
    expect(run.snapshot().rows[1]!.status).toBe('waiting');
  });

  it('pause stops sending; resume goes on; cancel leaves unsent rows cancelled', async () => {
    const { api, jobs } = fakeApi();
    let ticks = 0;
    const run: MergeRun = new MergeRun(
      newRunState([1, 2, 4, 5]),
      options(api, {
        concurrency: 1,
        wait: async () => {
          ticks += 1;
          if (ticks === 1) run.pause();
          if (ticks === 6) {
            expect(jobs.size).toBe(1);
            run.resume();
          }
          if (jobs.size === 3) run.cancel();
        },
      }),
    );
    const end = await run.run();
    expect(end.rows.map((r) => r.status)).toEqual(['done', 'done', 'queued', 'cancelled']);
    expect(jobs.size).toBe(3);
  });

  it('pauses by itself at the credit cap', async () => {
    const { api } = fakeApi();
    const run: MergeRun = new MergeRun(
      newRunState([1, 2, 4, 5, 6]),
      options(api, {
        creditCap: 4,
        wait: async () => {
          if (run.snapshot().paused) run.cancel();
        },
      }),
    );
    const end = await run.run();
    expect(end.pauseReason).toMatch(/the cap \(4\)/);
    expect(end.rows.filter((r) => r.status === 'done')).toHaveLength(2);
    expect(end.rows.at(-1)!.status).toBe('cancelled');
  });

  it('never sends a row that could pass the credit cap: spent plus the estimates of rows in flight', async () => {
    const { api, jobs } = fakeApi();
    const run: MergeRun = new MergeRun(
      newRunState([1, 2, 4]),
      options(api, {
        creditCap: 1,
        wait: async () => {
          if (run.snapshot().paused) run.cancel();
        },
      }),
    );
    const end = await run.run();
    // At once 2, but row 2 could cost a credit more than the cap allows while row 1 renders.
    expect(jobs.size).toBe(1);
    expect(end.rows.map((r) => r.status)).toEqual(['done', 'cancelled', 'cancelled']);
    expect(end.pauseMessage).toEqual({ code: 'run.creditCap', params: { cap: 1 } });
  });

  it('holds each row’s estimated cost against the cap, and resuming goes past the cap', async () => {
    const { api, jobs } = fakeApi();
    const sentAtPause: number[] = [];
    const run: MergeRun = new MergeRun(
      newRunState([1, 2, 4, 5]),
      options(api, {
        creditCap: 5,
        concurrency: 4,
        costOf: (n) => (n === 2 ? 3 : 2),
        wait: async () => {
          if (run.snapshot().paused) {
            sentAtPause.push(jobs.size);
            run.resume();
          }
        },
      }),
    );
    const end = await run.run();
    // Rows 1 and 2 (2 + 3 = 5) go at once; row 4 would pass 5 and waits; resumed, the rest go.
    expect(sentAtPause).toEqual([2]);
    expect(end.capLifted).toBe(true);
    expect(end.rows.map((r) => r.status)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('after a reload: jobs already sent are followed, not sent again; a row caught mid-send is found by its request', async () => {
    const { api, jobs } = fakeApi();
    jobs.set('job-1', { name: 'row 1', polls: 1 });
    jobs.set('job-2', { name: 'row 2', polls: 0 });
    const saved = {
      paused: false,
      cancelled: false,
      rows: [
        { rowNumber: 1, status: 'rendering' as const, jobId: 'job-1' },
        { rowNumber: 2, status: 'sending' as const },
        { rowNumber: 4, status: 'sending' as const },
        { rowNumber: 5, status: 'waiting' as const },
      ],
    };
    const end = await new MergeRun(saved, options(api)).run();
    // Row 2 reached the server before the reload (adopted); row 4 did not (sent now, once).
    expect(end.rows.map((r) => [r.status, r.jobId])).toEqual([
      ['done', 'job-1'],
      ['done', 'job-2'],
      ['done', 'job-3'],
      ['done', 'job-4'],
    ]);
    expect(jobs.size).toBe(4);
  });

  it('a row caught mid-send fails and waits for the user when the server cannot be asked', async () => {
    const { api } = fakeApi();
    const end = await new MergeRun(
      { paused: false, cancelled: false, rows: [{ rowNumber: 2, status: 'sending' }] },
      options({
        ...api,
        list: async () => {
          throw new Error('down');
        },
      }),
    ).run();
    expect(end.rows[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/Check Jobs before retrying/),
      errorMessage: { code: 'run.lostSend' },
    });
  });

  it('rides out a server restart: polls that fail are asked again, nothing is sent twice', async () => {
    const { api, jobs } = fakeApi();
    let down = 0;
    const flaky: JobsApi = {
      ...api,
      job: async (id, signal) =>
        down++ % 3 < 2 ? Promise.reject(new Error('ECONNREFUSED')) : api.job(id, signal),
    };
    const end = await new MergeRun(newRunState([1, 2]), options(flaky)).run();
    expect(end.rows.map((r) => r.status)).toEqual(['done', 'done']);
    expect(jobs.size).toBe(2);
  });

  it('retry keeps the key of a send that got no answer, and makes a new one after an answered refusal', async () => {
    const keys: (string | undefined)[] = [];
    let answer: () => never = () => {
      throw new JobsApiError('The Scenewright server cannot be reached.', 0, 'network');
    };
    const api = {
      ...fakeApi().api,
      submit: async (_request: EditorProjectRequest, _signal?: AbortSignal, key?: string) => {
        keys.push(key);
        return answer();
      },
    };
    let n = 0;
    const run = new MergeRun(newRunState([1]), options(api, { newKey: () => `key-${++n}` }));
    await run.run();
    run.retryFailed();
    answer = () => {
      throw new JobsApiError('AI Studios refused the request', 400, 'INVALID_REQUEST');
    };
    await run.run();
    run.retryFailed();
    await run.run();
    // No answer: the same key again (had it arrived, the server sends nothing twice); answered: new.
    expect(keys).toEqual(['key-1', 'key-1', 'key-2']);
  });
});
