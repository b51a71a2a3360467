import { describe, expect, it } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import type { StoredJob } from '../jobs/store';
import { jobReaches } from '../../testing/job-events';
import { cleanupPerTest, fakeUpstream, json, type Harness } from '../test-support';
import { retryRefusal } from './jobs';
import { HOOK_BODY_LIMIT } from './webhooks';
import { V3, chroma, type J } from '../../testing/job-requests';

const { harness, closeLater } = cleanupPerTest();

async function jobOf(h: Harness, id: string): Promise<J> {
  return (await h.app.inject(`/api/jobs/${id}`)).json().data as J;
}

describe('jobs', () => {
  it('lists, shows, follows to done and streams the download; unknown → 404, unfinished → 409', async () => {
    const h = await harness();
    const { jobId } = (
      await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma })
    ).json().data;
    const early = await h.app.inject(`/api/jobs/${jobId}/download`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('NOT_READY');
    const list = (await h.app.inject('/api/jobs')).json().data as J[];
    expect(list.map((j) => j.id)).toEqual([jobId]);
    const done = await jobReaches(h, jobId, (j) => j.status === 'done').then(() => jobOf(h, jobId));
    expect(done).toMatchObject({
      progress: 100,
      downloadUrl: `/api/jobs/${jobId}/download`,
      credit: 1,
    });
    const file = await h.app.inject(`/api/jobs/${jobId}/download`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('video/mp4');
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.rawPayload.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect((await h.app.inject('/api/jobs/nope')).statusCode).toBe(404);
    expect((await h.app.inject('/api/jobs/nope/download')).json().error.code).toBe('JOB_NOT_FOUND');
  });

  it('records a simulated failure; retry re-exports the same project on the same job until done, and is refused once done', async () => {
    const h = await harness();
    const { jobId } = (
      await h.app.inject({
        method: 'POST',
        url: `${V3}/editor/project`,
        payload: seed,
        headers: { 'x-sim-fault': 'fail@20' },
      })
    ).json().data;
    const failed = await jobReaches(h, jobId, (j) => j.status === 'failed').then(() =>
      jobOf(h, jobId),
    );
    expect(failed.error).toMatch(/failed/i);
    const retried = await h.app.inject({
      method: 'POST',
      url: `/api/jobs/${jobId}/retry`,
      payload: {},
    });
    expect(retried.json().data).toMatchObject({
      id: jobId,
      status: 'queued',
      attempts: 2,
      error: null,
      progress: 0,
      projectId: failed.projectId,
    });
    await jobReaches(h, jobId, (j) => j.status === 'done');
    const again = await h.app.inject({
      method: 'POST',
      url: `/api/jobs/${jobId}/retry`,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    // One free create, then one export per attempt: two renders, both of the one project.
    expect(h.sim!.world.accepted.map((r) => r.projectId)).toEqual([
      failed.projectId,
      failed.projectId,
    ]);
  });

  it('writes the job before AI Studios is called: a create with isExport:false, then the export of the recorded projectId', async () => {
    const h = await harness();
    const res = await h.app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: { ...chroma, isExport: true },
    });
    const { jobId, projectId } = res.json().data;
    const project = h.sim!.world.projects.get(projectId)!;
    expect(project.body.isExport).toBe(false);
    expect(project.isExport).toBe(true);
    expect(await h.store.get(jobId)).toMatchObject({
      projectId,
      status: 'queued',
      sentAt: expect.any(Number),
    });
    expect(h.sim!.world.accepted).toHaveLength(1);
  });

  it('refuses to retry a job that is rendering (a second paid render), and a stalled one unless confirmed', async () => {
    const h = await harness({ env: { SIM_STALL_AT: '50', JOB_STALL_MS: '60000' } });
    const { jobId } = (
      await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma })
    ).json().data;
    await jobReaches(h, jobId, (j) => j.progress === 50);
    const early = await h.app.inject({
      method: 'POST',
      url: `/api/jobs/${jobId}/retry`,
      payload: {},
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('NOT_RETRYABLE');
    h.clock.advance(61_000);
    await jobReaches(h, jobId, (j) => j.status === 'stalled');
    const unconfirmed = await h.app.inject({
      method: 'POST',
      url: `/api/jobs/${jobId}/retry`,
      payload: {},
    });
    expect(unconfirmed.json().error.code).toBe('CONFIRM_STALLED');
    expect(h.sim!.world.accepted).toHaveLength(1);
    const confirmed = await h.app.inject({
      method: 'POST',
      url: `/api/jobs/${jobId}/retry`,
      payload: { confirmStalled: true },
    });
    expect(confirmed.json().data).toMatchObject({ id: jobId, status: 'queued', attempts: 2 });
    expect(h.sim!.world.accepted).toHaveLength(2);
  });

  it('a render frozen at 50 % becomes stalled once the stall deadline passes on the server clock', async () => {
    const h = await harness({ env: { SIM_STALL_AT: '50', JOB_STALL_MS: '30000' } });
    const { jobId } = (
      await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma })
    ).json().data;
    await jobReaches(h, jobId, (j) => j.progress === 50);
    expect((await jobOf(h, jobId)).status).toBe('rendering');
    h.clock.advance(31_000);
    const stalled = await jobReaches(h, jobId, (j) => j.status === 'stalled').then(() =>
      jobOf(h, jobId),
    );
    expect(stalled).toMatchObject({ progress: 50, lastProgressAt: expect.any(Number) });
  });

  it('an export answered after the timeout ends unknown (202), is reconciled to its real render, and is never resent', async () => {
    const h = await harness({ env: { UPSTREAM_TIMEOUT_MS: '300', SIM_RENDER_MS: '1500' } });
    const res = await h.app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: chroma,
      headers: { 'x-sim-fault': 'late@5000' },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({
      success: true,
      data: {
        status: 'unknown',
        outcome: 'EXPORT_OUTCOME_UNKNOWN',
        notice: expect.stringMatching(/not be sent again/),
      },
    });
    const { jobId, projectId } = res.json().data;
    expect((await jobOf(h, jobId)).status).toBe('unknown');
    const done = await jobReaches(h, jobId, (j) => j.status === 'done').then(() => jobOf(h, jobId));
    expect(done).toMatchObject({ projectId, progress: 100, attempts: 1 });
    expect(h.sim!.world.accepted.map((r) => r.projectId)).toEqual([projectId]);
  });

  it('an export that never reached AI Studios (project still only saved after the settle time) fails with "nothing was charged"', async () => {
    const calls: string[] = [];
    const upstream = await fakeUpstream((req, _body, res) => {
      calls.push(`${req.method} ${req.url}`);
      if (req.url === `${V3}/simple/video`)
        return json(res, 200, { success: true, data: { projectId: 'p-saved' } });
      if (req.url === `${V3}/editor/project/p-saved`)
        return json(res, 200, {
          success: true,
          data: { project: { _id: 'p-saved', state: 'saved', progress: 0 } },
        });
      // The export call gets no answer at all (lost on the way).
    });
    closeLater(upstream.close);
    const h = await harness({
      upstreamUrl: upstream.url,
      env: {
        AISTUDIOS_TOKEN: 'static-token-for-tests',
        UPSTREAM_TIMEOUT_MS: '200',
        JOB_SETTLE_MS: '0',
      },
    });
    const res = await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma });
    expect(res.statusCode).toBe(202);
    const jobId = res.json().data.jobId as string;
    const failed = await jobReaches(h, jobId, (j) => j.status === 'failed').then(() =>
      jobOf(h, jobId),
    );
    expect(failed.error).toMatch(/did not reach AI Studios.*nothing was exported or charged/);
    expect(calls.filter((c) => c.includes('/export'))).toHaveLength(1);
  });

  it('answers 429 past the per-account submission limit and records nothing for it', async () => {
    const h = await harness({ env: { SUBMIT_CONCURRENCY: '1', SIM_LATENCY_MS: '150' } });
    const [a, b] = await Promise.all([
      h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma }),
      h.app.inject({
        method: 'POST',
        url: `${V3}/simple/video`,
        payload: { ...chroma, text: 'second' },
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 429]);
    expect((a.statusCode === 429 ? a : b).json().error.code).toBe('TOO_MANY_SUBMISSIONS');
    expect(await h.store.list()).toHaveLength(1);
  });
});

describe('webhooks (PUBLIC_URL set)', () => {
  it('passes a per-job URL upstream, records deliveries once, updates the job and forwards to the user URL', async () => {
    let forwarded!: () => void;
    const arrived = new Promise<void>((resolve) => (forwarded = resolve));
    const userHook = await fakeUpstream((_req, _body, res) => {
      json(res, 200, {});
      forwarded();
    });
    closeLater(userHook.close);
    const h = await harness({
      env: {
        PUBLIC_URL: 'https://sw.example.org',
        SIM_RENDER_MS: '60000',
        OUTBOUND_ALLOW_PRIVATE: 'true',
      },
    });
    const body = { ...chroma, webhookUrl: `${userHook.url}/mine` };
    const { jobId, projectId } = (
      await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: body })
    ).json().data;
    const secret = (await h.store.get(jobId))!.hookSecret!;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    // The upstream got the per-job URL; the project it answers does not hold it.
    expect(h.sim!.world.projects.get(projectId)!.webhookUrl).toBe(
      `https://sw.example.org/hooks/${secret}`,
    );
    const project = (await h.app.inject(`${V3}/editor/project/${projectId}`)).json().data.project;
    expect(project).not.toHaveProperty('webhookUrl');
    expect((await h.app.inject(`/api/jobs/${jobId}`)).json().data.request.webhookUrl).toBe(
      body.webhookUrl,
    );
    const delivery = {
      progress: 100,
      credit: 3,
      backendTaskId: 'b1',
      download_url: `${h.simUrl}/sim-assets/renders/x.mp4`,
    };
    const first = await h.app.inject({
      method: 'POST',
      url: `/hooks/${secret}`,
      payload: delivery,
    });
    expect(first.json()).toEqual({ success: true, data: { received: true, duplicate: false } });
    const second = await h.app.inject({
      method: 'POST',
      url: `/hooks/${secret}`,
      payload: delivery,
    });
    expect(second.json().data.duplicate).toBe(true);
    expect(await h.store.webhookCount(jobId)).toBe(1);
    expect((await h.app.inject(`/api/jobs/${jobId}`)).json().data).toMatchObject({
      status: 'done',
      credit: 3,
      progress: 100,
    });
    await arrived;
    expect(userHook.calls).toHaveLength(1);
    expect(JSON.parse(userHook.calls[0]!.body)).toEqual(delivery);
    expect(
      (await h.app.inject({ method: 'POST', url: '/hooks/not-a-secret', payload: delivery }))
        .statusCode,
    ).toBe(404);
    expect(
      (await h.app.inject({ method: 'POST', url: `/hooks/${secret}`, payload: { nope: 1 } }))
        .statusCode,
    ).toBe(400);
    // A body far beyond any delivery (each field within the size limits) is refused unread.
    const padded: Record<string, unknown> = { ...delivery };
    for (let i = 0; i * 8000 <= HOOK_BODY_LIMIT; i++) padded[`pad${i}`] = 'x'.repeat(8000);
    for (const url of ['/hooks/not-a-secret', `/hooks/${secret}`])
      expect((await h.app.inject({ method: 'POST', url, payload: padded })).statusCode).toBe(413);
  });
});

describe('retryRefusal', () => {
  const base = { status: 'failed' } as StoredJob;
  it('allows failed and confirmed stalled; refuses unknown, rendering, queued, submitting, done, saved', () => {
    expect(retryRefusal(base, false)).toBeUndefined();
    expect(retryRefusal({ ...base, status: 'stalled' }, true)).toBeUndefined();
    expect(retryRefusal({ ...base, status: 'stalled' }, false)?.[0]).toBe('CONFIRM_STALLED');
    expect(retryRefusal({ ...base, status: 'unknown' }, true)?.[0]).toBe('OUTCOME_UNKNOWN');
    for (const status of ['rendering', 'queued', 'submitting', 'done', 'saved'] as const)
      expect(retryRefusal({ ...base, status }, true)?.[0]).toBe('NOT_RETRYABLE');
  });
});
