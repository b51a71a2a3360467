import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { SIM_VOICES } from '../simulator/catalog';
import { cleanupPerTest, logCapture, tempDir, testLedger, testSettings } from '../test-support';
import { UpstreamClient } from '../upstream/client';

const { harness, closeLater } = cleanupPerTest();
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2b1b6b20000000049454e44ae426082',
  'hex',
);

describe('uploads', () => {
  it('stores a raw image by content hash and serves it at an absolute URL', async () => {
    const h = await harness();
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { 'content-type': 'image/png' },
      payload: PNG,
    });
    expect(res.statusCode).toBe(200);
    const { url } = res.json().data as { url: string };
    expect(url).toMatch(/^http:\/\/localhost(:80)?\/uploads\/[a-f0-9]{32}\.png$/);
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { 'content-type': 'image/png' },
      payload: PNG,
    });
    expect(again.json().data.url).toBe(url);
    const served = await h.app.inject(new URL(url).pathname);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.rawPayload.equals(PNG)).toBe(true);
    expect((await h.app.inject('/uploads/../../etc/passwd')).statusCode).toBe(404);
  });

  it('uses PUBLIC_URL for the URL; refuses other types (415), empty (400) and too large (413)', async () => {
    const h = await harness({
      env: { PUBLIC_URL: 'https://sw.example.org', UPLOAD_LIMIT_MB: '0.001' },
    });
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { 'content-type': 'audio/mpeg' },
      payload: Buffer.from('ID3abc'),
    });
    expect(res.json().data.url).toMatch(/^https:\/\/sw\.example\.org\/uploads\/[a-f0-9]{32}\.mp3$/);
    const text = await h.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().success).toBe(false);
    const big = await h.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { 'content-type': 'image/png' },
      payload: Buffer.alloc(5000),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('BODY_TOO_LARGE');
  });
});

describe('config, voices and the SPA', () => {
  it('answers config without secrets and the voices', async () => {
    const h = await harness({ env: { PUBLIC_URL: 'https://sw.example.org' } });
    expect((await h.app.inject('/api/config')).json()).toEqual({
      success: true,
      data: { simulator: true, publicUrl: 'https://sw.example.org' },
    });
    const voices = (await h.app.inject('/api/voices')).json().data as { id: string; tts: object }[];
    expect(voices.length).toBeGreaterThan(2);
    expect(voices[0]).toHaveProperty('tts');
  });

  it('serves dist/ with an index.html fallback for non-API GETs, and envelopes under /api', async () => {
    const dist = join(tempDir(), 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Scenewright</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    const settings = testSettings({ DIST_DIR: dist });
    const ledger = await testLedger(settings);
    const client = new UpstreamClient({
      baseUrl: 'http://127.0.0.1:9',
      appId: 'a',
      userKey: 'b',
      timeoutMs: 100,
    });
    const app = buildApp({
      settings,
      client,
      ledger,
      simulator: false,
      voices: SIM_VOICES,
      serveSpa: true,
      logStream: logCapture().stream,
    });
    closeLater(() => app.close());
    expect((await app.inject('/')).body).toContain('<title>Scenewright');
    expect((await app.inject('/projects/123')).body).toContain('<title>Scenewright');
    expect((await app.inject('/assets/app.js')).body).toBe('console.log(1)');
    expect((await app.inject('/assets/missing.js')).statusCode).toBe(404);
    const api = await app.inject('/api/unknown');
    expect(api.statusCode).toBe(404);
    expect(api.json().success).toBe(false);
  });
});
