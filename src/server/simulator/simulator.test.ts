import { createServer, request } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { modelListSchema } from '../../domain/schema/account';
import { buildSimulator, type SimulatorOptions } from './app';
import { avatarModel, SIM_AVATARS } from './catalog';
import { progressOf, type SimProject } from './renders';

const base: SimulatorOptions = {
  renderMs: 400,
  failureRate: 0,
  latencyMs: 0,
  errorRate: 0,
  appId: 'app',
  userKey: 'key',
};
const open: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  while (open.length) await open.pop()!();
});

/** The simulator's clock, moved by the test: renders progress only when the test says so. */
const manualClock = (start = 1_700_000_000_000) => {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};

async function sim(options: Partial<SimulatorOptions> = {}) {
  const s = buildSimulator({ ...base, ...options });
  const url = await s.app.listen({ host: '127.0.0.1', port: 0 });
  open.push(() => s.app.close());
  const tokenRes = await fetch(`${url}/api/odin/v3/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appId: 'app', userKey: 'key' }),
  });
  const token = ((await tokenRes.json()) as { data: { token: string } }).data.token;
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(`${url}/api/odin/v3${path}`, {
      method,
      headers: {
        authorization: token,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        success: boolean;
        data?: Record<string, unknown> & { progress?: number };
        error?: { code: string; msg: string };
      },
    };
  };
  return { s, url, token, call };
}

describe('simulator: auth', () => {
  it('issues a token for the configured pair only and requires it on every other call', async () => {
    const { url, call } = await sim();
    const bad = await fetch(`${url}/api/odin/v3/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appId: 'app', userKey: 'wrong' }),
    });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as { success: boolean }).success).toBe(false);
    const none = await fetch(`${url}/api/odin/v3/dropdown/models`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ success: false, error: { code: 'UNAUTHORIZED' } });
    expect((await call('GET', '/auth')).body).toEqual({
      success: true,
      data: { isAuthenticated: true },
    });
  });

  it('asks the token of every API path however it is spelt, and answers only loopback names', async () => {
    const { url, token } = await sim();
    const { port } = new URL(url);
    /** A raw request: fetch would not send a foreign Host. */
    const raw = (path: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve, reject) =>
        request({ host: '127.0.0.1', port, path, headers }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
          .on('error', reject)
          .end(),
      );
    for (const path of [
      '/%61pi/odin/v3/editor/project',
      '/api/odin/%76%33/editor/project',
      '/api/odin/v3/editor/%70roject',
    ])
      expect(await raw(path), path).toBe(401);
    expect(await raw('/api/odin/v3/editor/project', { authorization: token })).toBe(200);
    const rebound = { authorization: token, host: `evil.test:${port}` };
    expect(await raw('/api/odin/v3/editor/project', rebound)).toBe(403);
    expect(
      await raw('/api/odin/v3/editor/project', { ...rebound, host: `localhost:${port}` }),
    ).toBe(200);
  });

  it('accepts any non-empty pair when none is configured', async () => {
    const s = buildSimulator({ ...base, appId: undefined, userKey: undefined });
    open.push(() => s.app.close());
    const ok = await s.app.inject({
      method: 'POST',
      url: '/api/odin/v3/auth/token',
      payload: { appId: 'x', userKey: 'y' },
    });
    expect(ok.json()).toMatchObject({ success: true, data: { token: expect.any(String) } });
    const empty = await s.app.inject({
      method: 'POST',
      url: '/api/odin/v3/auth/token',
      payload: { appId: '', userKey: 'y' },
    });
    expect(empty.statusCode).toBe(400);
  });
});

describe('simulator: projects', () => {
  it('refuses a script whose modelId differs from the avatar clip (preflight error)', async () => {
    const { call } = await sim();
    const bad = structuredClone(seed);
    bad.scenes[0]!.scripts[0]!.modelId = 'M000004017';
    const res = await call('POST', '/editor/project', bad);
    expect(res.status).toBe(400);
    expect(res.body.success).toBe(false);
    expect(res.body.error?.msg).toContain('modelId');
    const schema = await call('POST', '/editor/project', { scenes: [] });
    expect(schema.body.success).toBe(false);
  });

  it('advances progress as a float to 100 over SIM_RENDER_MS, then gives a download URL', async () => {
    const clock = manualClock();
    const { call } = await sim({ renderMs: 500, now: clock.now });
    const created = await call('POST', '/editor/project', seed);
    const id = created.body.data!.projectId as string;
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    const seen: number[] = [];
    for (let elapsed = 0; elapsed <= 500; elapsed += 40) {
      const p = await call('GET', `/editor/progress/${id}`);
      seen.push(p.body.data!.progress!);
      expect(p.body.data!.progress).toBeLessThan(100);
      clock.advance(40);
    }
    const end = await call('GET', `/editor/progress/${id}`);
    expect(end.body.data).toMatchObject({
      progress: 100,
      state: 'exported',
      downloadUrl: expect.stringMatching(/\.mp4$/),
    });
    seen.push(end.body.data!.progress!);
    expect(seen.some((p) => p > 0 && p < 100 && !Number.isInteger(p))).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('returns what was posted with the documented metadata, lists and deletes', async () => {
    const { call } = await sim({ renderMs: 0 });
    const id = (await call('POST', '/editor/project', { ...seed, name: 'Kept' })).body.data!
      .projectId as string;
    const got = (await call('GET', `/editor/project/${id}`)).body.data!.project as Record<
      string,
      unknown
    >;
    expect(got).toMatchObject({
      _id: id,
      name: 'Kept',
      state: 'exported',
      progress: 100,
      scenes: seed.scenes,
    });
    // get-project documents the project, not the options it was sent with.
    expect(got).not.toHaveProperty('webhookUrl');
    expect(got).not.toHaveProperty('isExport');
    for (const key of [
      'createdAt',
      'updatedAt',
      'download_url',
      'backendTaskId',
      'userId',
      'creditSubstracted',
    ])
      expect(got).toHaveProperty(key);
    const list = (await call('GET', '/editor/project')).body.data as unknown as {
      id: string;
      state: string;
    }[];
    expect(list).toContainEqual(expect.objectContaining({ id, state: 'exported' }));
    // get-projects lists projects exported (or asked to be), not those only saved.
    const saved = (await call('POST', '/editor/project', { ...seed, isExport: false })).body.data!
      .projectId as string;
    expect((await call('GET', `/editor/project/${saved}`)).status).toBe(200);
    const listed = (await call('GET', '/editor/project')).body.data as unknown as { id: string }[];
    expect(listed.map((p) => p.id)).not.toContain(saved);
    expect((await call('DELETE', '/editor/project', { ids: [id, 'nope'] })).body.data).toEqual({
      deletedCount: 1,
    });
    expect((await call('GET', `/editor/progress/${id}`)).status).toBe(404);
  });

  it('runs simple/video, simple/custom ({projectId, taskId}) and export; checks catalog ids', async () => {
    const { call } = await sim({ renderMs: 0 });
    const video = await call('POST', '/simple/video', {
      language: 'ko',
      text: '안녕',
      model: 'M000004017',
      clothes: 'BG00006160',
      isExport: true,
    });
    expect(video.body.data).toEqual({ projectId: expect.any(String) });
    expect(
      (
        await call('POST', '/simple/video', {
          language: 'ko',
          text: 'x',
          model: 'M000004017',
          clothes: 'BG99',
        })
      ).status,
    ).toBe(400);
    const custom = await call('POST', '/simple/custom', {
      language: 'en',
      text: 'Hi',
      model: '67da28f034b05ae2e4385a2b',
    });
    expect(custom.body.data).toEqual({ projectId: expect.any(String), taskId: expect.any(String) });
    const saved = await call('POST', '/editor/project', { ...seed, isExport: false });
    const savedId = saved.body.data!.projectId as string;
    expect((await call('GET', `/editor/progress/${savedId}`)).body.data).toMatchObject({
      progress: 0,
      state: 'saved',
    });
    expect(
      (await call('POST', '/editor/project/export', { projectId: savedId })).body.data,
    ).toEqual({ projectId: savedId });
    expect((await call('GET', `/editor/progress/${savedId}`)).body.data).toMatchObject({
      progress: 100,
      state: 'exported',
    });
    expect((await call('POST', '/editor/project/export', { projectId: 'missing' })).status).toBe(
      404,
    );
    expect((await call('POST', '/simple/video', { ...video, workspaceId: 'nope' })).status).toBe(
      400,
    );
  });
});

describe('simulator: catalog and assets', () => {
  it('answers dropdown/models with exactly {id, label, avatarType}, and model with labelled outfits and thumbnails', async () => {
    const { call, url } = await sim();
    const dropdown = (await call('GET', '/dropdown/models')).body.data as unknown as Record<
      string,
      unknown
    >[];
    expect(dropdown.length).toBeGreaterThanOrEqual(4);
    for (const entry of dropdown)
      expect(Object.keys(entry).sort()).toEqual(['avatarType', 'id', 'label']);
    const { models } = modelListSchema.parse((await call('GET', '/model')).body.data);
    expect(models.map((m) => m.id)).toEqual(dropdown.map((d) => d.id));
    for (const avatar of models) {
      expect(Object.keys(avatar).sort()).toEqual(['clothes', 'id', 'label', 'thumbnail']);
      expect(avatar.label).toEqual({ ko: expect.any(String), en: expect.any(String) });
      expect(avatar.clothes!.length).toBeGreaterThanOrEqual(2);
      for (const cloth of avatar.clothes!) {
        expect(Object.keys(cloth).sort()).toEqual(['id', 'label', 'thumbnail']);
        expect(cloth.thumbnail!.startsWith(`${url}/sim-assets/`)).toBe(true);
        const res = await fetch(cloth.thumbnail!);
        expect(res.headers.get('content-type')).toBe('image/svg+xml');
        expect(await res.text()).toMatch(/width="\d+" height="\d+"/);
      }
    }
  });

  it('keeps the geometry of projects made in its editor exactly as the seed records it, with images of that size', async () => {
    const { url } = await sim();
    const ethan = SIM_AVATARS.find((a) => a.id === 'M000045058')!;
    const m = avatarModel(ethan, 'BG00002320', url);
    expect(m.editor).toEqual(seed.scenes[0]!.clips[0]!.model.editor);
    for (const a of SIM_AVATARS)
      for (const c of a.clothes) {
        const model = avatarModel(a, c.id, url);
        const e = model.editor as Record<string, number>;
        expect(e.spaceL! + e.modelTightW! + e.spaceR!).toBeCloseTo(e.modelOriginW!);
        expect(e.spaceT! + e.modelTightH! + e.spaceB!).toBeCloseTo(e.modelOriginH!);
        const svg = await (await fetch(model.source_url!)).text();
        const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
        expect(Number(w) / Number(h)).toBeCloseTo(e.modelTightW! / e.modelTightH!, 5);
      }
  });

  it('serves the result as a real MP4 (ftyp box)', async () => {
    const { url } = await sim();
    const bytes = Buffer.from(
      await (await fetch(`${url}/sim-assets/renders/abc.mp4`)).arrayBuffer(),
    );
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});

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
