import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { modelListSchema } from '../../domain/schema/account';
import { buildSimulator } from './app';
import { avatarModel, SIM_AVATARS } from './catalog';
import { SIM_BASE, simulatorHarness } from './sim-harness';

const { sim, open, manualClock } = simulatorHarness();

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
    const s = buildSimulator({ ...SIM_BASE, appId: undefined, userKey: undefined });
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
