import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './test-support';

const open: Harness[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

const TOKEN = 'access-token-0123456789';

describe('ACCESS_TOKEN', () => {
  it('requires it on every /api call: 401 without, 403 when wrong; accepts header, x-access-token or ?access_token=', async () => {
    const h = await startHarness({ env: { ACCESS_TOKEN: TOKEN } });
    open.push(h);
    for (const url of [
      '/api/jobs',
      '/api/config',
      '/api/voices',
      '/api/odin/v3/dropdown/models',
      '/api/nothing-here',
    ]) {
      const none = await h.app.inject(url);
      expect(none.statusCode, url).toBe(401);
      expect(none.json()).toMatchObject({
        success: false,
        error: { code: 'ACCESS_TOKEN_REQUIRED' },
      });
      expect(
        (await h.app.inject({ url, headers: { 'x-access-token': 'wrong-token-000000' } }))
          .statusCode,
        url,
      ).toBe(403);
    }
    expect(
      (await h.app.inject({ url: '/api/jobs', headers: { authorization: TOKEN } })).statusCode,
    ).toBe(200);
    expect(
      (await h.app.inject({ url: '/api/jobs', headers: { 'x-access-token': TOKEN } })).statusCode,
    ).toBe(200);
    expect((await h.app.inject(`/api/jobs?access_token=${TOKEN}`)).statusCode).toBe(200);
    expect(
      (
        await h.app.inject({
          url: '/api/odin/v3/dropdown/workspaces',
          headers: { authorization: TOKEN },
        })
      ).statusCode,
    ).toBe(200);
    // Readiness probe and the upstream's webhook callbacks (their secret is in the path) stay open.
    expect((await h.app.inject('/api/health')).statusCode).toBe(200);
    expect(
      (await h.app.inject({ method: 'POST', url: '/hooks/unknown', payload: { progress: 1 } }))
        .statusCode,
    ).toBe(404);
  });

  it('is not asked for when unset (loopback default)', async () => {
    const h = await startHarness();
    open.push(h);
    expect((await h.app.inject('/api/jobs')).statusCode).toBe(200);
  });
});
