import { describe, expect, it } from 'vitest';
import { loadVoices } from '../voices';
import { jobReaches } from '../../testing/job-events';
import { cleanupPerTest, fakeUpstream, json } from '../test-support';

const { harness, closeLater } = cleanupPerTest();
const V3 = '/api/odin/v3';
const chroma = { language: 'ko', text: '안녕하세요', model: 'M000004017', clothes: 'BG00006160' };

describe('proxy: editing an existing project and exporting it', () => {
  it('POST editor/project/{id} records an edit job that the server follows to done and can download', async () => {
    const { app, store } = await harness();
    const [sample] = (await app.inject(`${V3}/editor/project`)).json().data as { id: string }[];
    const updates = {
      value: [
        { sceneIdx: 0, type: 'textImage', values: { text: 'Edited title' } },
        { sceneIdx: 0, type: 'aiModel', values: { script: 'New words' } },
      ],
    };
    const res = await app.inject({
      method: 'POST',
      url: `${V3}/editor/project/${sample!.id}`,
      payload: { updates },
    });
    expect(res.statusCode).toBe(200);
    const { projectId, jobId } = res.json().data;
    expect(projectId).not.toBe(sample!.id);
    expect(await store.get(jobId)).toMatchObject({
      kind: 'edit',
      status: 'queued',
      projectId,
      name: `Edit of ${sample!.id}`,
      request: { updates },
    });
    const done = await jobReaches({ app, store }, jobId, (j) => j.status === 'done');
    expect(done.progress).toBe(100);
    const video = await app.inject(`/api/jobs/${jobId}/download`);
    expect(video.statusCode).toBe(200);
    expect(video.rawPayload.subarray(4, 8).toString('latin1')).toBe('ftyp');
    const edited = (await app.inject(`${V3}/editor/project/${projectId}`)).json().data.project;
    expect(edited.scenes[0].scripts[0].org).toBe('<p>New words</p>');
  });

  it('a failed edit job is retried on its own path and then finishes', async () => {
    const { app, store } = await harness();
    const [sample] = (await app.inject(`${V3}/editor/project`)).json().data as { id: string }[];
    const payload = { updates: [{ sceneIdx: 0, type: 'aiModel', values: { script: 'Again' } }] };
    const res = await app.inject({
      method: 'POST',
      url: `${V3}/editor/project/${sample!.id}`,
      payload,
      headers: { 'x-sim-fault': 'fail@10' },
    });
    const { jobId } = res.json().data;
    await jobReaches({ app, store }, jobId, (j) => j.status === 'failed');
    expect((await store.get(jobId))!.endpoint).toBe(`${V3}/editor/project/${sample!.id}`);
    const retried = await app.inject({ method: 'POST', url: `/api/jobs/${jobId}/retry` });
    expect(retried.statusCode).toBe(200);
    const done = await jobReaches({ app, store }, jobId, (j) => j.status === 'done');
    expect(done).toMatchObject({ kind: 'edit', attempts: 2, progress: 100 });
  });

  it('accepts the 1.4.x bare list too, and isExport:false saves without following', async () => {
    const { app, store } = await harness();
    const [sample] = (await app.inject(`${V3}/editor/project`)).json().data as { id: string }[];
    const res = await app.inject({
      method: 'POST',
      url: `${V3}/editor/project/${sample!.id}`,
      payload: {
        updates: [{ sceneIdx: 1, type: 'textImage', values: { fontSize: 100 } }],
        isExport: false,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(await store.get(res.json().data.jobId)).toMatchObject({ kind: 'edit', status: 'saved' });
  });

  it('refuses a malformed body before anything is sent upstream', async () => {
    const upstream = await fakeUpstream((_req, _body, res) =>
      json(res, 200, { success: true, data: { token: 't' } }),
    );
    closeLater(upstream.close);
    const { app } = await harness({ upstreamUrl: upstream.url });
    for (const payload of [
      {},
      { updates: { value: [] } },
      { updates: [{ sceneIdx: -1, type: 'textImage', values: {} }] },
      { updates: [{ sceneIdx: 0, type: 'sticker', values: {} }] },
    ]) {
      const res = await app.inject({ method: 'POST', url: `${V3}/editor/project/abc`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json()).toMatchObject({ success: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(upstream.calls).toHaveLength(0);
  });
});

describe('proxy: what goes upstream (a free create first, the paid export on its projectId)', () => {
  it('simple/video without isExport is only created (documented default false) and recorded as saved; with isExport the export follows', async () => {
    const upstream = await fakeUpstream((req, _body, res) =>
      json(res, 200, {
        success: true,
        data: req.url?.endsWith('/auth/token') ? { token: 't' } : { projectId: 'p1' },
      }),
    );
    closeLater(upstream.close);
    const { app, store } = await harness({ upstreamUrl: upstream.url });
    const res = await app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma });
    const sent = upstream.calls.filter((c) => !c.url.endsWith('/auth/token'));
    expect(sent.map((c) => [c.url, JSON.parse(c.body)])).toEqual([
      [`${V3}/simple/video`, { ...chroma, isExport: false }],
    ]);
    expect(await store.get(res.json().data.jobId)).toMatchObject({
      kind: 'chromakey',
      status: 'saved',
      projectId: 'p1',
    });
    const before = upstream.calls.length;
    await app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: { ...chroma, isExport: true },
    });
    expect(upstream.calls.slice(before).map((c) => [c.url, JSON.parse(c.body)])).toEqual([
      [`${V3}/simple/video`, { ...chroma, isExport: false }],
      [`${V3}/editor/project/export`, { projectId: 'p1' }],
    ]);
  });
});

describe('voices', () => {
  it('real mode without VOICES_FILE offers none (the tts format is not public); the simulator its own', () => {
    expect(loadVoices(undefined, false)).toEqual([]);
    expect(loadVoices(undefined, true).length).toBeGreaterThan(0);
  });
});
