import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { JobStore } from './jobs/store';
import { buildSimulator } from './simulator/app';
import { SIM_VOICES } from './simulator/catalog';
import { APP_ID, logCapture, testSettings, USER_KEY, waitFor } from './test-support';
import { UpstreamClient } from './upstream/client';

const open: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});

describe('restart', () => {
  it('keeps jobs in DATA_DIR/jobs.sqlite; after a restart the follower resumes them and they finish', async () => {
    const settings = testSettings({ SIM_RENDER_MS: '700' });
    const sim = buildSimulator({ ...settings.sim, appId: APP_ID, userKey: USER_KEY });
    const simUrl = await sim.app.listen({ host: '127.0.0.1', port: 0 });
    open.push(() => sim.app.close());
    const boot = () => {
      const store = new JobStore(join(settings.dataDir, 'jobs.sqlite'));
      const client = new UpstreamClient({ baseUrl: simUrl, appId: APP_ID, userKey: USER_KEY, timeoutMs: 2000 });
      return buildApp({ settings, client, store, simulator: true, voices: SIM_VOICES, logStream: logCapture().stream });
    };

    const first = boot();
    await first.ready();
    const ids: string[] = [];
    for (const text of ['one', 'two', 'three']) {
      const res = await first.inject({ method: 'POST', url: '/api/odin/v3/simple/video', payload: { language: 'ko', text, model: 'M000004017', clothes: 'BG00001004', isExport: true } });
      ids.push(res.json().data.jobId as string);
    }
    await first.close();
    expect(existsSync(join(settings.dataDir, 'jobs.sqlite'))).toBe(true);

    const second = boot();
    open.push(() => second.close());
    await second.ready();
    const listed = (await second.inject('/api/jobs')).json().data as { id: string; status: string }[];
    expect(listed.map((j) => j.id).sort()).toEqual([...ids].sort());
    expect(listed.every((j) => j.status === 'queued' || j.status === 'rendering')).toBe(true);
    // Nobody polls through the proxy now: only the resumed follower can finish them.
    const done = await waitFor(async () => {
      const jobs = (await second.inject('/api/jobs')).json().data as { status: string; progress: number }[];
      return jobs.every((j) => j.status === 'done') ? jobs : undefined;
    }, 5000);
    expect(done.map((j) => j.progress)).toEqual([100, 100, 100]);
  });
});
