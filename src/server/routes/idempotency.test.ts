import { describe, expect, it } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { cleanupPerTest } from '../test-support';

const { harness } = cleanupPerTest();
const V3 = '/api/odin/v3';
const chroma = { language: 'ko', text: '안녕하세요', model: 'M000004017', clothes: 'BG00006160' };

const post = (url: string, payload: unknown, key?: string) => ({
  method: 'POST' as const,
  url,
  payload: payload as Record<string, unknown>,
  headers: key ? { 'idempotency-key': key } : {},
});

describe('Idempotency-Key: one submission per key, however often it is sent', () => {
  it('a second send under the same key sends nothing and names the first job', async () => {
    const { app, store } = await harness();
    const first = await app.inject(post(`${V3}/editor/project`, seed, 'row-7-3f9a2c'));
    expect(first.statusCode).toBe(200);
    const { jobId } = first.json().data;

    const again = await app.inject(post(`${V3}/editor/project`, seed, 'row-7-3f9a2c'));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      success: false,
      error: { code: 'DUPLICATE_SUBMISSION' },
      data: { jobId, status: 'queued', projectId: first.json().data.projectId },
    });
    expect(await store.list()).toHaveLength(1);

    // Another key, or none, is another export.
    expect((await app.inject(post(`${V3}/editor/project`, seed, 'row-8-77aa01'))).statusCode).toBe(
      200,
    );
    expect((await app.inject(post(`${V3}/editor/project`, seed))).statusCode).toBe(200);
    expect(await store.list()).toHaveLength(3);
  });

  it('sent twice at once (a page reloading mid-send), exactly one is sent upstream', async () => {
    const { app, store } = await harness();
    const projects = async () =>
      ((await app.inject(`${V3}/editor/project`)).json().data as unknown[]).length;
    const before = await projects();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        app.inject(post(`${V3}/simple/video`, { ...chroma, isExport: true }, 'batch-12-c0ffee')),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const jobs = await store.list();
    expect(jobs).toHaveLength(1);
    expect(new Set(answers.map((a) => a.json().data.jobId))).toEqual(new Set([jobs[0]!.id]));
    // AI Studios was asked once: one project more in the account.
    expect(await projects()).toBe(before + 1);
  });

  it('refuses a key that is not an id (nothing recorded, nothing sent)', async () => {
    const { app, store } = await harness();
    for (const key of ['short', 'x'.repeat(101), 'has space in it', '../../etc/passwd']) {
      const res = await app.inject(post(`${V3}/editor/project`, seed, key));
      expect(res.statusCode, key).toBe(400);
      expect(res.json().error.code).toBe('INVALID_IDEMPOTENCY_KEY');
    }
    expect(await store.list()).toHaveLength(0);
  });

  it('refuses a key reused for another request (nothing sent), and still names the first job to a true repeat', async () => {
    const { app, store } = await harness();
    const body = { ...chroma, isExport: true };
    const first = await app.inject(post(`${V3}/simple/video`, body, 'row-3-aa11bb'));
    expect(first.statusCode).toBe(200);
    for (const [url, other] of [
      [`${V3}/simple/video`, { ...body, text: '다른 문장입니다' }],
      [`${V3}/editor/project`, seed],
    ] as const) {
      const res = await app.inject(post(url, other, 'row-3-aa11bb'));
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    }
    // The same request with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await app.inject(post(`${V3}/simple/video`, reordered, 'row-3-aa11bb'));
    expect(again.statusCode).toBe(409);
    expect(again.json().data.jobId).toBe(first.json().data.jobId);
    expect(await store.list()).toHaveLength(1);
  });

  it('holds on every route that exports, editing an existing project included', async () => {
    const { app, store, sim } = await harness();
    const [sample] = (await app.inject(`${V3}/editor/project`)).json().data as { id: string }[];
    const edit = { updates: [{ sceneIdx: 0, type: 'aiModel', values: { script: 'Again' } }] };
    const url = `${V3}/editor/project/${sample!.id}`;
    const first = await app.inject(post(url, edit, 'edit-row-1-aa'));
    expect(first.statusCode).toBe(200);
    const again = await app.inject(post(url, edit, 'edit-row-1-aa'));
    expect(again.statusCode).toBe(409);
    expect(again.json().data.jobId).toBe(first.json().data.jobId);
    expect(await store.list()).toHaveLength(1);
    expect(sim!.world.accepted).toHaveLength(1);
    expect((await app.inject(post(url, edit, 'x'))).json().error.code).toBe(
      'INVALID_IDEMPOTENCY_KEY',
    );
  });
});
