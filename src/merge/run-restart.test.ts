import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeRows } from '../domain/merge/report';
import { designedProject, designedSpec, row } from '../domain/merge/test-support';
import { buildApp } from '../server/app';
import { openLedger } from '../server/jobs/ledger';
import { buildSimulator } from '../server/simulator/app';
import { SIM_VOICES } from '../server/simulator/catalog';
import { APP_ID, logCapture, testSettings, USER_KEY } from '../server/test-support';
import { UpstreamClient } from '../server/upstream/client';
import { httpJobsApi, type JobsApi } from './jobs-api';
import { MergeRun, newRunState, wait, type RunState } from './run';

const open: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});

const portOf = (app: FastifyInstance) => {
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
};

describe('a merge run across a restart of the Scenewright server', () => {
  it('goes on polling while the server is down, and finishes every row on the restarted server without sending any again', async () => {
    const settings = testSettings({
      LOG_LEVEL: 'silent',
      JOB_POLL_MS: '20',
      JOB_POLL_MAX_MS: '40',
    });
    // The upstream's clock stands still until the test moves it: no render can finish early.
    let upstreamNow = 1_000_000;
    const sim = buildSimulator({
      ...settings.sim,
      renderMs: 10_000,
      appId: APP_ID,
      userKey: USER_KEY,
      now: () => upstreamNow,
    });
    const simUrl = await sim.app.listen({ host: '127.0.0.1', port: 0 });
    open.push(() => sim.app.close());
    const boot = async (port: number) => {
      const client = new UpstreamClient({
        baseUrl: simUrl,
        appId: APP_ID,
        userKey: USER_KEY,
        timeoutMs: 2000,
      });
      const app = buildApp({
        settings,
        client,
        ledger: await openLedger(settings),
        simulator: true,
        voices: SIM_VOICES,
        logStream: logCapture().stream,
      });
      await app.listen({ host: '127.0.0.1', port });
      return app;
    };

    const first = await boot(0);
    const port = portOf(first);
    const reports = mergeRows(designedProject(), designedSpec(), [
      row(1, { name: 'Ann', logo: '', avatar: '', outfit: '' }),
      row(2, { name: 'Bo', logo: '', avatar: '', outfit: '' }),
      row(3, { name: 'Cy', logo: '', avatar: '', outfit: '' }),
    ]);
    expect(reports.every((r) => r.request && !r.unsendable)).toBe(true);

    const http = httpJobsApi({ baseUrl: `http://127.0.0.1:${port}` });
    let pollFailed: () => void = () => undefined;
    const aPollFailed = new Promise<void>((resolve) => (pollFailed = resolve));
    const api: JobsApi = {
      ...http,
      job: (id, signal) =>
        http.job(id, signal).catch((e: unknown) => {
          pollFailed();
          throw e;
        }),
    };
    let allSent: () => void = () => undefined;
    const sent = new Promise<void>((resolve) => (allSent = resolve));
    const run = new MergeRun(newRunState([1, 2, 3]), {
      api,
      requestOf: (n) => reports[n - 1]!.request,
      concurrency: 3,
      pollMs: 10,
      wait,
      onChange: (state: RunState) => {
        if (state.rows.every((r) => r.jobId && (r.status === 'queued' || r.status === 'rendering')))
          allSent();
      },
    });
    const finished = run.run();
    await sent;
    const jobIds = run.snapshot().rows.map((r) => r.jobId);
    const statuses = run.snapshot().rows.map((r) => r.status);

    await first.close();
    await aPollFailed;
    // Down: the rows wait for the server, none is failed or given up.
    expect(run.snapshot().rows.map((r) => r.status)).toEqual(statuses);

    const second = await boot(port);
    open.push(() => second.close());
    upstreamNow += 60_000; // the renders finish upstream; the restarted server's follower sees it
    const end = await finished;
    expect(end.rows.map((r) => [r.rowNumber, r.status, r.jobId])).toEqual([
      [1, 'done', jobIds[0]],
      [2, 'done', jobIds[1]],
      [3, 'done', jobIds[2]],
    ]);
    const jobs = (await (await fetch(`http://127.0.0.1:${port}/api/jobs`)).json()) as {
      data: { name: string }[];
    };
    expect(jobs.data.map((j) => j.name).sort()).toEqual([
      'Welcome Ann',
      'Welcome Bo',
      'Welcome Cy',
    ]);
  }, 30_000); // two server boots (embedded Postgres) and real HTTP on a shared machine
});
