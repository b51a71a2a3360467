import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { cleanupPerTest, fakeUpstream, json, type Harness } from '../test-support';

const { harness, closeLater } = cleanupPerTest();
const TOKEN = 'access-token-0123456789';
const V3 = '/api/odin/v3';
const chroma = { language: 'ko', text: '안녕하세요', model: 'M000004017', clothes: 'BG00006160' };

/** Spellings of /api paths a router may decode, fold or resolve into an API route. */
const VARIANTS = [
  '/%61pi/jobs',
  '/%61%70%69/jobs',
  '/api/%6aobs',
  '/%2561pi/jobs',
  '/API/jobs',
  '/Api/Jobs',
  '//api/jobs',
  '/api//jobs',
  '/./api/jobs',
  '/api/./jobs',
  '/x/../api/jobs',
  '/api/x/../jobs',
  '/api/jobs/',
  '/api/jobs?x=1',
  '/api/jobs;x',
  '/api%2fjobs',
  '/api/%2e%2e/api/jobs',
  '/%61pi/config',
  '/%61pi/voices',
  '/%61pi/odin/v3/dropdown/models',
  `/%61pi/odin/v3/editor/project`,
  '/%61pi/jobs/events',
  '/api/jobs?access_token=',
  '/api/jobs?access%5Ftoken=wrong',
  '/%61pi/nothing-here',
  '/api%2Fconfig',
];

async function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let got = '';
    socket.on('data', (c: Buffer) => (got += c.toString('latin1')));
    socket.on('end', () => resolve(got));
    socket.on('error', reject);
  });
}

function get(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function listening(h: Harness): Promise<number> {
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  return (h.app.server.address() as { port: number }).port;
}

describe('attack: getting past ACCESS_TOKEN', () => {
  it(`refuses ${VARIANTS.length} spellings of /api paths without the token (none reaches a handler)`, async () => {
    const h = await harness({ env: { ACCESS_TOKEN: TOKEN } });
    for (const url of VARIANTS) {
      const res = await h.app.inject(url);
      expect([401, 403], url).toContain(res.statusCode);
      expect(res.json().error.code, url).toMatch(/^ACCESS_TOKEN_(REQUIRED|INVALID)$/);
    }
    const exported = await h.app.inject({
      method: 'POST',
      url: `/%61pi${V3.slice(4)}/simple/video`,
      payload: chroma,
    });
    expect(exported.statusCode).toBe(401);
    expect(await h.store.list()).toHaveLength(0);
  });

  it('refuses an absolute-form request line and a percent-encoded one on a real socket', async () => {
    const h = await harness({ env: { ACCESS_TOKEN: TOKEN } });
    const port = await listening(h);
    for (const line of [
      'GET http://x/api/jobs HTTP/1.1',
      'GET http://127.0.0.1/%61pi/jobs HTTP/1.1',
      'GET /%61pi/jobs HTTP/1.1',
      'GET //api//jobs HTTP/1.1',
    ]) {
      const answer = await raw(port, `${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(answer.split('\r\n')[0], line).toMatch(/^HTTP\/1\.1 (401|404) /);
      expect(answer, line).not.toContain('"success":true');
    }
  });
});

describe('attack: DNS rebinding and cross-site requests', () => {
  it('answers only to allowed Host names (loopback names, IP literals, PUBLIC_URL, ALLOWED_HOSTS)', async () => {
    const h = await harness({
      env: { PUBLIC_URL: 'https://sw.example.org', ALLOWED_HOSTS: 'studio.lan,*.corp.example' },
    });
    const port = await listening(h);
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      'localhost.evil.example',
      '127.0.0.1.nip.io',
      'sw.example.org.evil.example',
      'corp.example.evil',
    ]) {
      const res = await get(port, '/api/jobs', { host });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body).error.code, host).toBe('HOST_NOT_ALLOWED');
    }
    expect((await get(port, '/', { host: 'evil.example' })).status).toBe(403);
    for (const host of [
      'localhost',
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      'sw.example.org',
      'studio.lan:8080',
      'a.corp.example',
      '192.168.1.20:5174',
    ])
      expect((await get(port, '/api/jobs', { host })).status, host).toBe(200);
  });

  it('refuses state-changing requests from another origin (another port, another name, null) and cross-site fetches', async () => {
    const h = await harness({ env: { PUBLIC_URL: 'https://sw.example.org' } });
    const post = (headers: Record<string, string>) =>
      h.app.inject({
        method: 'POST',
        url: `${V3}/simple/video`,
        payload: chroma,
        headers: { host: '127.0.0.1:5211', ...headers },
      });
    for (const origin of [
      'http://127.0.0.1:5212',
      'http://evil.example',
      'http://evil.example:5211',
      'null',
      'https://127.0.0.1:5211.evil.example',
      'file://',
    ]) {
      const res = await post({ origin });
      expect(res.statusCode, origin).toBe(403);
      expect(res.json().error.code, origin).toBe('ORIGIN_NOT_ALLOWED');
    }
    const upload = await h.app.inject({
      method: 'POST',
      url: '/api/uploads',
      payload: Buffer.from('GIF89a'),
      headers: { 'content-type': 'image/gif', origin: 'http://127.0.0.1:5212' },
    });
    expect(upload.statusCode).toBe(403);
    const read = await h.app.inject({
      url: '/api/jobs',
      headers: { origin: 'http://evil.example' },
    });
    expect(read.statusCode).toBe(403);
    const noCors = await h.app.inject({
      url: '/api/jobs',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(noCors.statusCode).toBe(403);
    expect(await h.store.list()).toHaveLength(0);
    // The app's own pages still work: same origin, PUBLIC_URL, and tools that send no Origin.
    expect((await post({ origin: 'http://127.0.0.1:5211' })).statusCode).toBe(200);
    expect((await post({ host: '[::1]:5211', origin: 'http://[::1]:5211' })).statusCode).toBe(200);
    expect(
      (await post({ host: 'localhost:5211', origin: 'http://localhost:5211' })).statusCode,
    ).toBe(200);
    expect(
      (await post({ host: 'localhost:5211', origin: 'http://127.0.0.1:5211' })).statusCode,
    ).toBe(403);
    expect((await post({ origin: 'https://sw.example.org' })).statusCode).toBe(200);
    expect((await post({})).statusCode).toBe(200);
    expect(
      (await h.app.inject({ url: '/api/jobs', headers: { 'sec-fetch-site': 'same-origin' } }))
        .statusCode,
    ).toBe(200);
  });
});

describe('attack: path parameters', () => {
  it('refuses ids that are not ids before they are put in an upstream URL (real socket: no client-side dot folding)', async () => {
    const upstream = await fakeUpstream((_req, _body, res) =>
      json(res, 200, { success: true, data: { token: 't', progress: 1 } }),
    );
    closeLater(upstream.close);
    const h = await harness({ upstreamUrl: upstream.url });
    const port = await listening(h);
    for (const id of [
      '%2e%2e',
      '..',
      '%2E%2e',
      '..%2F..%2Fauth',
      '%2e',
      'a%3Fb',
      'x'.repeat(65),
      'a%20b',
    ]) {
      for (const path of [
        `${V3}/editor/progress/${id}`,
        `${V3}/editor/project/${id}`,
        `/api/jobs/${id}`,
      ]) {
        const res = await get(port, path, { host: '127.0.0.1' });
        if (res.status === 404 && id.includes('..')) continue; // folded by the router itself: no route, no upstream call
        expect(res.status, path).toBe(400);
        expect(JSON.parse(res.body).error.code, path).toBe('INVALID_ID');
      }
    }
    expect(
      upstream.calls.map((c) => c.url).filter((u) => !u.startsWith('/api/odin/v3/auth/token')),
    ).toEqual([]);
    expect(
      (await get(port, `${V3}/editor/progress/67da28f034b05ae2e4385a2b`, { host: '127.0.0.1' }))
        .status,
    ).not.toBe(400);
  });
});
