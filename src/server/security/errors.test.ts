import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { SIM_VOICES } from '../simulator/catalog';
import { cleanupPerTest, logCapture, testLedger, testSettings } from '../test-support';
import { UpstreamClient } from '../upstream/client';

const { closeLater } = cleanupPerTest();

describe('attack: error classes', () => {
  it('a refused body is a 4xx naming it, a down upstream a 502, a bug a 500 that says so (stack in the log only)', async () => {
    const settings = testSettings();
    const logs = logCapture();
    const client = new UpstreamClient({
      baseUrl: 'http://127.0.0.1:9',
      appId: 'a',
      userKey: 'b',
      timeoutMs: 2000,
    });
    const app = buildApp({
      settings,
      client,
      ledger: await testLedger(settings),
      simulator: false,
      voices: SIM_VOICES,
      logStream: logs.stream,
    });
    app.get('/api/boom', async () => {
      throw new TypeError('secret internals at /srv/app.ts');
    });
    closeLater(() => app.close());
    const down = await app.inject('/api/odin/v3/dropdown/models');
    expect([down.statusCode, down.json().error.code]).toEqual([502, 'UPSTREAM_UNREACHABLE']);
    const deep = await app.inject({
      method: 'POST',
      url: '/api/odin/v3/simple/video',
      payload: `{"text":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect([deep.statusCode, deep.json().error.code]).toEqual([413, 'LIMIT_EXCEEDED']);
    expect(deep.json().error.msg).toContain('nested more than');
    const bug = await app.inject('/api/boom');
    expect(bug.statusCode).toBe(500);
    expect(bug.json().error).toEqual({
      code: 'INTERNAL_ERROR',
      msg: expect.stringContaining('bug in the server'),
    });
    expect(bug.body).not.toContain('secret internals');
    expect(logs.lines.some((l) => l.includes('secret internals') && l.includes('"stack"'))).toBe(
      true,
    );
  });
});
