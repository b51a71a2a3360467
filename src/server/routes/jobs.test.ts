import { describe, expect, it } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { cleanupPerTest, fakeUpstream, json, waitFor, type Harness } from '../test-support';

const { harness, closeLater } = cleanupPerTest();

const V3 = '/api/odin/v3';
const chroma = { language: 'ko', text: '안녕하세요', model: 'M000004017', clothes: 'BG00006160', isExport: true };
type J = { id: string; status: string; progress: number; attempts: number; error: string | null; downloadUrl: string | null; projectId: string; credit: number | null };

async function jobOf(h: Harness, id: string): Promise<J> {
  return (await h.app.inject(`/api/jobs/${id}`)).json().data as J;
}

describe('jobs', () => {
  it('lists, shows, follows to done and streams the download; unknown → 404, unfinished → 409', async () => {
    const h = await harness();
    const { jobId } = (await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma })).json().data;
    const early = await h.app.inject(`/api/jobs/${jobId}/download`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('NOT_READY');
    const list = (await h.app.inject('/api/jobs')).json().data as J[];
    expect(list.map((j) => j.id)).toEqual([jobId]);
    const done = await waitFor(async () => ((await jobOf(h, jobId)).status === 'done' ? jobOf(h, jobId) : undefined));
    expect(done).toMatchObject({ progress: 100, downloadUrl: `/api/jobs/${jobId}/download`, credit: 1 });
    const file = await h.app.inject(`/api/jobs/${jobId}/download`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('video/mp4');
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.rawPayload.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect((await h.app.inject('/api/jobs/nope')).statusCode).toBe(404);
    expect((await h.app.inject('/api/jobs/nope/download')).json().error.code).toBe('JOB_NOT_FOUND');
  });

  it('records a simulated failure, and retry re-sends the snapshot on the same job until done', async () => {
    const h = await harness();
    const { jobId } = (await h.app.inject({ method: 'POST', url: `${V3}/editor/project`, payload: seed, headers: { 'x-sim-fault': 'fail@20' } })).json().data;
    const failed = await waitFor(async () => ((await jobOf(h, jobId)).status === 'failed' ? jobOf(h, jobId) : undefined));
    expect(failed.error).toMatch(/failed/i);
    const retried = await h.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/retry`, payload: {} });
    expect(retried.json().data).toMatchObject({ id: jobId, status: 'queued', attempts: 2, error: null, progress: 0 });
    expect(retried.json().data.projectId).not.toBe(failed.projectId);
    await waitFor(async () => (await jobOf(h, jobId)).status === 'done', 5000);
    const again = await h.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/retry`, payload: {} });
    expect(again.statusCode).toBe(409);
  });

  it('records lastProgressAt and keeps a stalled job rendering (stall is for the UI to judge)', async () => {
    const h = await harness({ env: { SIM_STALL_AT: '50' } });
    const { jobId } = (await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma })).json().data;
    await waitFor(async () => ((await jobOf(h, jobId)).progress === 50 ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    const job = (await h.app.inject(`/api/jobs/${jobId}`)).json().data;
    expect(job).toMatchObject({ status: 'rendering', progress: 50, lastProgressAt: expect.any(Number) });
  });

  it('pushes job changes over Server-Sent Events', async () => {
    const h = await harness();
    const url = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const controller = new AbortController();
    const res = await fetch(`${url}/api/jobs/events`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma });
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('"status":"done"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    controller.abort();
    const events = text.split('\n\n').filter((e) => e.startsWith('event: job'));
    const statuses = events.map((e) => (JSON.parse(e.split('data: ')[1]!) as J).status);
    expect(statuses[0]).toBe('queued');
    expect(statuses).toContain('done');
  });
});

describe('webhooks (PUBLIC_URL set)', () => {
  it('passes a per-job URL upstream, records deliveries once, updates the job and forwards to the user URL', async () => {
    const userHook = await fakeUpstream((_req, _body, res) => json(res, 200, {}));
    closeLater(userHook.close);
    const h = await harness({ env: { PUBLIC_URL: 'https://sw.example.org', SIM_RENDER_MS: '60000', OUTBOUND_ALLOW_PRIVATE: 'true' } });
    const body = { ...chroma, webhookUrl: `${userHook.url}/mine` };
    const { jobId, projectId } = (await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: body })).json().data;
    const secret = h.store.get(jobId)!.hookSecret!;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const project = (await h.app.inject(`${V3}/editor/project/${projectId}`)).json().data.project;
    // The upstream got the per-job URL; its secret is never answered back.
    expect(project.webhookUrl).toBe('https://sw.example.org/hooks/[REDACTED]');
    expect((await h.app.inject(`/api/jobs/${jobId}`)).json().data.request.webhookUrl).toBe(body.webhookUrl);
    const delivery = { progress: 100, credit: 3, backendTaskId: 'b1', download_url: `${h.simUrl}/sim-assets/renders/x.mp4` };
    const first = await h.app.inject({ method: 'POST', url: `/hooks/${secret}`, payload: delivery });
    expect(first.json()).toEqual({ success: true, data: { received: true, duplicate: false } });
    const second = await h.app.inject({ method: 'POST', url: `/hooks/${secret}`, payload: delivery });
    expect(second.json().data.duplicate).toBe(true);
    expect(h.store.webhookCount(jobId)).toBe(1);
    expect((await h.app.inject(`/api/jobs/${jobId}`)).json().data).toMatchObject({ status: 'done', credit: 3, progress: 100 });
    await waitFor(() => (userHook.calls.length > 0 ? true : undefined));
    expect(userHook.calls).toHaveLength(1);
    expect(JSON.parse(userHook.calls[0]!.body)).toEqual(delivery);
    expect((await h.app.inject({ method: 'POST', url: '/hooks/not-a-secret', payload: delivery })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'POST', url: `/hooks/${secret}`, payload: { nope: 1 } })).statusCode).toBe(400);
  });
});
