import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { SIM_VOICES } from './simulator/catalog';
import { tempDir, testLedger, testSettings } from './test-support';
import { UpstreamClient } from './upstream/client';

let close: (() => Promise<unknown>) | undefined;
afterEach(async () => close?.());

const SCRIPT = 'console.log("scenewright");'.repeat(50);

/** The app serving a dist/ laid out as `vite build` leaves it: hashed assets with .br and .gz beside. */
async function servingDist() {
  const dist = tempDir();
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  for (const [name, body] of [['assets/index-CvMUqqs0.js', SCRIPT]] as const) {
    writeFileSync(join(dist, name), body);
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(body));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(body));
  }
  const settings = testSettings({ DIST_DIR: dist });
  const client = new UpstreamClient({
    baseUrl: 'http://127.0.0.1:9',
    staticToken: 't',
    timeoutMs: 100,
  });
  const app = buildApp({
    settings,
    client,
    ledger: await testLedger(settings),
    simulator: false,
    voices: SIM_VOICES,
    serveSpa: true,
  });
  close = () => app.close();
  await app.ready();
  return app;
}

describe('the built app is served compressed and cached by name', () => {
  it('sends the brotli or gzip copy the browser accepts, with Vary, and caches hashed assets for a year', async () => {
    const app = await servingDist();
    const url = '/assets/index-CvMUqqs0.js';
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(br.headers['content-length'])).toBeLessThan(SCRIPT.length / 4);
    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('never sends a compressed copy asked for by its own name', async () => {
    const app = await servingDist();
    for (const url of ['/assets/index-CvMUqqs0.js.br', '/assets/index-CvMUqqs0.js.gz']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
      expect(res.statusCode, url).toBe(404);
    }
  });

  it('index.html and the editor routes are revalidated every time', async () => {
    const app = await servingDist();
    for (const url of ['/', '/index.html', '/projects/abc']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });
});
