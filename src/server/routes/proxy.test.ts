import { describe, expect, it } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { cleanupPerTest, fakeUpstream, json, testSettings } from '../test-support';

const { harness, closeLater } = cleanupPerTest();
async function fake(...args: Parameters<typeof fakeUpstream>) {
  const f = await fakeUpstream(...args);
  closeLater(f.close);
  return f;
}

const V3 = '/api/odin/v3';
const chroma = { language: 'ko', text: '안녕하세요', model: 'M000004017', clothes: 'BG00006160' };

describe('proxy: every allow-listed path reaches the simulator', () => {
  it('answers GET auth, models, workspaces, project list', async () => {
    const { app } = await harness();
    expect((await app.inject(`${V3}/auth`)).json()).toEqual({
      success: true,
      data: { isAuthenticated: true },
    });
    const models = (await app.inject(`${V3}/dropdown/models`)).json();
    expect(models.data.length).toBeGreaterThanOrEqual(4);
    const outfits = (await app.inject(`${V3}/model`)).json();
    expect(outfits.data.models.map((m: { id: string }) => m.id)).toEqual(
      models.data.map((m: { id: string }) => m.id),
    );
    // Thumbnails point at the browser-facing server, which serves them too.
    const thumb = new URL(outfits.data.models[0].clothes[0].thumbnail as string);
    expect(thumb.hostname).toBe('localhost');
    expect((await app.inject(thumb.pathname)).headers['content-type']).toBe('image/svg+xml');
    expect((await app.inject(`${V3}/dropdown/workspaces`)).json().data[0]).toHaveProperty(
      'workspaceId',
    );
    // The simulated account starts with the one project made in its editor, exported already.
    expect((await app.inject(`${V3}/editor/project`)).json().data).toEqual([
      expect.objectContaining({
        state: 'exported',
        download_url: expect.stringMatching(/\/sim-assets\/renders\/\w+\.mp4$/),
      }),
    ]);
  });

  it('POST editor/project records a job and adds jobId; progress, project, export, delete pass through', async () => {
    const { app, store } = await harness();
    const res = await app.inject({ method: 'POST', url: `${V3}/editor/project`, payload: seed });
    expect(res.statusCode).toBe(200);
    const { projectId, jobId } = res.json().data;
    expect(await store.get(jobId)).toMatchObject({ kind: 'project', projectId, status: 'queued' });
    expect((await app.inject(`${V3}/editor/progress/${projectId}`)).json().data).toHaveProperty(
      'progress',
    );
    expect((await app.inject(`${V3}/editor/project/${projectId}`)).json().data.project._id).toBe(
      projectId,
    );
    const exported = (
      await app.inject({
        method: 'POST',
        url: `${V3}/editor/project/export`,
        payload: { projectId },
      })
    ).json();
    expect(exported.data).toMatchObject({ projectId, jobId: expect.any(String) });
    expect(exported.data.jobId).not.toBe(jobId);
    const del = await app.inject({
      method: 'DELETE',
      url: `${V3}/editor/project`,
      payload: { ids: [projectId] },
    });
    expect(del.json()).toEqual({ success: true, data: { deletedCount: 1 } });
    expect((await app.inject(`${V3}/editor/progress/${projectId}`)).statusCode).toBe(404);
  });

  it('simple/video and simple/custom record chromakey and custom jobs; isExport:false is saved, not followed', async () => {
    const { app, store } = await harness();
    const video = (
      await app.inject({
        method: 'POST',
        url: `${V3}/simple/video`,
        payload: { ...chroma, isExport: true },
      })
    ).json().data;
    expect(await store.get(video.jobId)).toMatchObject({
      kind: 'chromakey',
      status: 'queued',
      request: { ...chroma, isExport: true },
    });
    const custom = (
      await app.inject({
        method: 'POST',
        url: `${V3}/simple/custom`,
        payload: { language: 'en', text: 'Hi', model: '67da28f034b05ae2e4385a2b', isExport: false },
      })
    ).json().data;
    expect(custom).toMatchObject({
      projectId: expect.any(String),
      taskId: expect.any(String),
      jobId: expect.any(String),
    });
    expect(await store.get(custom.jobId)).toMatchObject({
      kind: 'custom',
      status: 'saved',
      taskId: custom.taskId,
    });
  });
});

describe('proxy: bodies are checked before forwarding', () => {
  it('refuses schema and preflight errors with 400 and the issues, and forwards nothing', async () => {
    const upstream = await fake((_req, _body, res) =>
      json(res, 200, { success: true, data: { token: 't' } }),
    );
    const { app } = await harness({ upstreamUrl: upstream.url });
    const schema = await app.inject({
      method: 'POST',
      url: `${V3}/editor/project`,
      payload: { scenes: [] },
    });
    expect(schema.statusCode).toBe(400);
    expect(schema.json()).toMatchObject({
      success: false,
      error: { code: 'INVALID_REQUEST', issues: [expect.objectContaining({ path: ['scenes'] })] },
    });
    const mismatch = structuredClone(seed);
    mismatch.scenes[0]!.scripts[0]!.clothId = 'BG99999999';
    const pre = await app.inject({
      method: 'POST',
      url: `${V3}/editor/project`,
      payload: mismatch,
    });
    expect(pre.json().error.issues[0]).toMatchObject({
      code: 'script.cloth-mismatch',
      severity: 'error',
    });
    const simple = await app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: { ...chroma, text: '' },
    });
    expect(simple.statusCode).toBe(400);
    const del = await app.inject({
      method: 'DELETE',
      url: `${V3}/editor/project`,
      payload: { ids: [] },
    });
    expect(del.statusCode).toBe(400);
    expect(upstream.calls).toHaveLength(0);
  });

  it('takes a project id into an upstream path only when it is an id, from the user or upstream', async () => {
    let answered = '';
    const upstream = await fake((req, _body, res) => {
      if (req.url?.endsWith('/auth/token'))
        return json(res, 200, { success: true, data: { token: 't' } });
      return json(res, 200, { success: true, data: { projectId: answered } });
    });
    const { app, store } = await harness({ upstreamUrl: upstream.url });
    for (const projectId of ['..', '.', 'a/b', '../progress/x', 'p?x=1'.replace('?', '%3F')]) {
      const res = await app.inject({
        method: 'POST',
        url: `${V3}/editor/project/export`,
        payload: { projectId },
      });
      expect(res.statusCode, projectId).toBe(400);
    }
    expect(upstream.calls).toHaveLength(0);
    answered = '../..';
    const created = await app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: { ...chroma, isExport: true },
    });
    expect(created.json().success).toBe(true);
    const jobs = await store.list();
    expect(jobs[0]).toMatchObject({ status: 'failed', projectId: null });
    expect(upstream.calls.map((c) => c.url).filter((u) => u.includes('..'))).toEqual([]);
  });
});

describe('proxy: errors are envelopes', () => {
  it('malformed JSON → 400, over the limit → 413, unknown path → 404, wrong method → 404', async () => {
    const { app } = await harness({ env: { BODY_LIMIT_MB: '0.01' } });
    const bad = await app.inject({
      method: 'POST',
      url: `${V3}/editor/project`,
      headers: { 'content-type': 'application/json' },
      payload: '{"scenes": [',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ success: false, error: { code: 'INVALID_JSON' } });
    const big = await app.inject({
      method: 'POST',
      url: `${V3}/editor/project`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'x'.repeat(20_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ success: false, error: { code: 'BODY_TOO_LARGE' } });
    for (const [method, url] of [
      ['GET', `${V3}/templates`],
      ['POST', `${V3}/auth/token`],
      ['GET', '/api/whatever'],
      ['PUT', `${V3}/editor/project`],
      ['POST', `${V3}/simple/audio`],
    ] as const) {
      const res = await app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json()).toMatchObject({ success: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('upstream unreachable → 502', async () => {
    const closed = await fakeUpstream(() => undefined);
    await closed.close();
    const { app } = await harness({ upstreamUrl: closed.url });
    const res = await app.inject(`${V3}/dropdown/models`);
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({ success: false, error: { code: 'UPSTREAM_UNREACHABLE' } });
  });

  it('upstream hangs → 504 after UPSTREAM_TIMEOUT_MS', async () => {
    const hanging = await fake((req, _body, res) => {
      if (req.url?.endsWith('/auth/token'))
        return json(res, 200, { success: true, data: { token: 'tok' } });
    });
    const { app } = await harness({
      upstreamUrl: hanging.url,
      env: { UPSTREAM_TIMEOUT_MS: '150' },
    });
    const started = Date.now();
    const res = await app.inject(`${V3}/dropdown/workspaces`);
    expect(res.statusCode).toBe(504);
    expect(res.json()).toMatchObject({ success: false, error: { code: 'UPSTREAM_TIMEOUT' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('upstream 5xx or a non-JSON answer → 502 with a generic message; 4xx envelopes pass through', async () => {
    const upstream = await fake((req, _body, res) => {
      if (req.url?.endsWith('/auth/token'))
        return json(res, 200, { success: true, data: { token: 'tok' } });
      if (req.url?.includes('workspaces'))
        return json(res, 500, { success: false, error: { code: 'X', msg: 'stack at db.js:12' } });
      if (req.url?.includes('models')) return void res.end('<html>oops</html>');
      return json(res, 404, {
        success: false,
        error: { code: 'NOT_FOUND', msg: 'no such project' },
      });
    });
    const { app } = await harness({ upstreamUrl: upstream.url });
    const five = await app.inject(`${V3}/dropdown/workspaces`);
    expect(five.statusCode).toBe(502);
    expect(five.body).not.toContain('db.js');
    expect((await app.inject(`${V3}/dropdown/models`)).statusCode).toBe(502);
    const four = await app.inject(`${V3}/editor/project/abc`);
    expect(four.statusCode).toBe(404);
    expect(four.json()).toEqual({
      success: false,
      error: { code: 'NOT_FOUND', msg: 'no such project' },
    });
  });
});

describe('upstream client: tokens', () => {
  it('exchanges appId/userKey once, sends the raw token, renews once after a 401', async () => {
    let issued = 0;
    const upstream = await fake((req, body, res) => {
      if (req.url === `${V3}/auth/token`) {
        expect(JSON.parse(body)).toEqual({ appId: 'my-app', userKey: 'my-key' });
        return json(res, 200, { success: true, data: { token: `tok-${++issued}` } });
      }
      if (req.headers.authorization !== `tok-${issued}` || issued < 2)
        return json(res, 401, { success: false, error: { code: 401, msg: 'expired' } });
      return json(res, 200, { success: true, data: [] });
    });
    const { app } = await harness({
      upstreamUrl: upstream.url,
      settings: testSettings({
        AISTUDIOS_BASE_URL: upstream.url,
        AISTUDIOS_APP_ID: 'my-app',
        AISTUDIOS_USER_KEY: 'my-key',
      }),
    });
    expect((await app.inject(`${V3}/dropdown/workspaces`)).json()).toEqual({
      success: true,
      data: [],
    });
    expect((await app.inject(`${V3}/dropdown/workspaces`)).statusCode).toBe(200);
    expect(issued).toBe(2);
    const authHeaders = upstream.calls
      .filter((c) => !c.url.endsWith('/auth/token'))
      .map((c) => c.headers.authorization);
    expect(authHeaders).toEqual(['tok-1', 'tok-2', 'tok-2']);
  });

  it('uses AISTUDIOS_TOKEN as is; refused credentials → 502 UPSTREAM_AUTH', async () => {
    const upstream = await fake((req, _body, res) => {
      if (req.url === `${V3}/auth/token`)
        return json(res, 401, { success: false, error: { code: 401, msg: 'bad key' } });
      json(res, 200, { success: true, data: { seen: req.headers.authorization } });
    });
    const withToken = await harness({
      upstreamUrl: upstream.url,
      settings: testSettings({ AISTUDIOS_BASE_URL: upstream.url, AISTUDIOS_TOKEN: 'static-tok' }),
    });
    expect((await withToken.app.inject(`${V3}/auth`)).json().data.seen).toBe('static-tok');
    const refused = await harness({
      upstreamUrl: upstream.url,
      settings: testSettings({
        AISTUDIOS_BASE_URL: upstream.url,
        AISTUDIOS_APP_ID: 'a',
        AISTUDIOS_USER_KEY: 'b',
      }),
    });
    const res = await refused.app.inject(`${V3}/auth`);
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('UPSTREAM_AUTH');
  });
});
