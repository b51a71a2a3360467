import { createServer } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { progressOf, type SimProject } from './renders';
import { simulatorHarness } from './sim-harness';

const { sim, open, manualClock } = simulatorHarness();

describe('simulator: faults and webhooks', () => {
  it('fails, stalls or errs on request (x-sim-fault) and by setting', async () => {
    const clock = manualClock();
    const { call } = await sim({ renderMs: 200, now: clock.now });
    const failed = (await call('POST', '/editor/project', seed, { 'x-sim-fault': 'fail@30' })).body
      .data!.projectId as string;
    const stalled = (await call('POST', '/editor/project', seed, { 'x-sim-fault': 'stall@60' }))
      .body.data!.projectId as string;
    expect(
      (await call('GET', '/dropdown/workspaces', undefined, { 'x-sim-fault': 'error' })).status,
    ).toBe(503);
    clock.advance(350);
    expect((await call('GET', `/editor/progress/${failed}`)).body).toMatchObject({
      success: true,
      data: { state: 'failed', progress: 30, error: { code: 'RENDER_FAILED' } },
    });
    expect((await call('GET', `/editor/progress/${stalled}`)).body.data).toMatchObject({
      state: 'rendering',
      progress: 60,
      downloadUrl: null,
    });
    const always = await sim({ errorRate: 1 });
    expect((await always.call('GET', '/dropdown/models')).status).toBe(503);
  });

  it('draws the same faults from the same SIM_SEED', async () => {
    const run = async () => {
      const { s, call } = await sim({ seed: 42, failureRate: 0.5 });
      for (let i = 0; i < 8; i++)
        await call('POST', '/simple/video', {
          language: 'ko',
          text: 'x',
          model: 'M000004017',
          clothes: 'BG00006160',
        });
      return [...s.world.projects.values()].map((p) => p.fault.failAt ?? null);
    };
    const first = await run();
    expect(await run()).toEqual(first);
    // Half the renders fail: with eight draws both outcomes occur (fixed by the seed).
    expect(new Set(first.map((f) => (f === null ? 'renders' : 'fails')))).toEqual(
      new Set(['renders', 'fails']),
    );
  });

  it('keeps progress monotonic and exact at the end', () => {
    const p = {
      isExport: true,
      startedAt: 0,
      renderMs: 1000,
      phase: 1.3,
      fault: {},
      assetBase: 'http://x',
      _id: 'a',
      credit: 1,
    } as SimProject;
    let last = -1;
    for (let t = 0; t <= 1000; t += 5) {
      const v = progressOf(p, t).progress;
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
    expect(last).toBe(100);
  });

  it('POSTs {progress, credit, backendTaskId, download_url} to the webhookUrl at steps and at 100', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const got: Record<string, unknown>[] = [];
    let arrived = () => undefined as void;
    const listener = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        expect(req.method).toBe('POST');
        expect(req.headers['content-type']).toBe('application/json');
        got.push(JSON.parse(body) as Record<string, unknown>);
        res.end('ok');
        arrived();
      });
    });
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
    open.push(() => new Promise((r) => listener.close(r)));
    const port = (listener.address() as { port: number }).port;
    const { s } = await sim({ renderMs: 300, now: () => Date.now() });
    const token = s.world.issueToken();
    const posted = await s.app.inject({
      method: 'POST',
      url: '/api/odin/v3/editor/project',
      headers: { authorization: token },
      payload: { ...seed, webhookUrl: `http://127.0.0.1:${port}/hook` },
    });
    expect(posted.statusCode).toBe(200);
    // One scheduled delivery at a time, each awaited at the listener: the order is the render's.
    while (!got.some((g) => g.progress === 100)) {
      const next = new Promise<void>((resolve) => (arrived = resolve));
      await vi.advanceTimersToNextTimerAsync();
      await next;
    }
    expect(got.length).toBeGreaterThanOrEqual(4);
    const last = got.at(-1)!;
    expect(last).toEqual({
      progress: 100,
      credit: expect.any(Number),
      backendTaskId: expect.any(String),
      download_url: expect.stringMatching(/\.mp4$/),
    });
    for (const early of got.slice(0, -1)) {
      expect(early.progress).toBeLessThan(100);
      expect(early).not.toHaveProperty('download_url');
    }
  });
});
