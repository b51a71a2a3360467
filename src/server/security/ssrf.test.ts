import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { jobReaches } from '../../testing/job-events';
import { cleanupPerTest, fakeUpstream, json, waitFor, type Harness } from '../test-support';

const { harness, closeLater } = cleanupPerTest();
const V3 = '/api/odin/v3';
const chroma = {
  language: 'ko',
  text: '안녕하세요',
  model: 'M000004017',
  clothes: 'BG00006160',
  isExport: true,
};

async function fake(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void) {
  const f = await fakeUpstream(handler);
  closeLater(f.close);
  return f;
}

/** An internal service the server must never be made to call. */
const internal = () => fake((_req, _body, res) => json(res, 200, { secret: 'internal' }));

/** An upstream whose progress answer carries `downloadUrl` (it may also serve `/file.mp4` itself). */
async function upstreamGiving(downloadUrl: () => string, file?: (res: ServerResponse) => void) {
  return fake((req, _body, res) => {
    if (req.url?.startsWith('/file.mp4') && file) return file(res);
    if (req.url?.includes('/auth/token'))
      return json(res, 200, { success: true, data: { token: 'upstream-token' } });
    if (req.method === 'POST')
      return json(res, 200, { success: true, data: { projectId: '67da28f034b05ae2e4385a2b' } });
    return json(res, 200, { success: true, data: { progress: 100, downloadUrl: downloadUrl() } });
  });
}

async function doneJob(h: Harness): Promise<string> {
  const { jobId } = (
    await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma })
  ).json().data as { jobId: string };
  await jobReaches(h, jobId, (j) => j.status === 'done');
  return jobId;
}

describe('attack: SSRF through a progress answer’s downloadUrl', () => {
  it('never fetches a loopback/private address or a host AI Studios does not serve files from', async () => {
    const target = await internal();
    const port = new URL(target.url).port;
    for (const [label, link, env] of [
      ['loopback literal', `${target.url}/x.mp4`, {}],
      [
        'name resolving to 127.0.0.1',
        `http://localhost:${port}/x.mp4`,
        { DOWNLOAD_HOSTS: 'localhost' },
      ],
      [
        'IPv4-mapped IPv6',
        `http://[::ffff:127.0.0.1]:${port}/x.mp4`,
        { DOWNLOAD_HOSTS: '::ffff:7f00:1' },
      ],
      ['host not allowed', 'http://evil.example/x.mp4', {}],
      ['not http', 'file:///etc/passwd', {}],
    ] as const) {
      const upstream = await upstreamGiving(() => link);
      const h = await harness({ upstreamUrl: upstream.url, env });
      const res = await h.app.inject(`/api/jobs/${await doneJob(h)}/download`);
      expect(res.statusCode, label).toBe(502);
      expect(res.json().error.code, label).toBe('OUTBOUND_REFUSED');
    }
    expect(target.calls).toEqual([]);
  });

  it('re-checks every redirect: the upstream’s own file URL redirecting inward is not followed', async () => {
    const target = await internal();
    const upstream = await upstreamGiving(
      () => `${upstream.url}/file.mp4`,
      (res) =>
        res
          .writeHead(302, {
            location: `http://127.0.0.1:${new URL(target.url).port}/latest/meta-data`,
          })
          .end(),
    );
    const h = await harness({ upstreamUrl: upstream.url });
    const res = await h.app.inject(`/api/jobs/${await doneJob(h)}/download`);
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('OUTBOUND_REFUSED');
    expect(target.calls).toEqual([]);
  });

  it('still streams a file from the upstream itself, with its token only there', async () => {
    const upstream = await upstreamGiving(
      () => `${upstream.url}/file.mp4`,
      (res) => res.writeHead(200, { 'content-type': 'video/mp4' }).end(Buffer.from('0000ftypisom')),
    );
    const h = await harness({ upstreamUrl: upstream.url });
    const res = await h.app.inject(`/api/jobs/${await doneJob(h)}/download`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('0000ftypisom');
    expect(upstream.calls.find((c) => c.url === '/file.mp4')?.headers.authorization).toBe(
      'upstream-token',
    );
  });
});

describe('attack: SSRF through webhooks (PUBLIC_URL set)', () => {
  async function hooked(webhookUrl?: string) {
    const upstream = await fake((req, _body, res) =>
      req.url?.includes('/auth/token')
        ? json(res, 200, { success: true, data: { token: 't' } })
        : json(res, 200, {
            success: true,
            data:
              req.method === 'POST' ? { projectId: '67da28f034b05ae2e4385a2b' } : { progress: 5 },
          }),
    );
    const h = await harness({
      upstreamUrl: upstream.url,
      env: { PUBLIC_URL: 'https://sw.example.org' },
    });
    const posted = await h.app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: { ...chroma, ...(webhookUrl ? { webhookUrl } : {}) },
    });
    // The per-job URL goes with the paid export call (the create before it is free and has none).
    const sent = upstream.calls.find(
      (c) => c.method === 'POST' && c.url.endsWith('/editor/project/export'),
    );
    const hook = sent
      ? new URL((JSON.parse(sent.body) as { webhookUrl: string }).webhookUrl).pathname
      : undefined;
    return { h, posted, hook, jobId: posted.json().data?.jobId as string | undefined };
  }

  it('refuses a delivery whose download_url is internal, foreign or malformed (4xx, never stored, never 500)', async () => {
    const { h, hook, jobId } = await hooked();
    for (const download_url of [
      'http://127.0.0.1:9/x.mp4',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.1/x.mp4',
      'https://evil.example/x.mp4',
      'not a url',
      'file:///etc/passwd',
      'http://[::1]/x',
    ]) {
      const res = await h.app.inject({
        method: 'POST',
        url: hook!,
        payload: { progress: 100, credit: 1, download_url },
      });
      expect(res.statusCode, download_url).toBe(400);
      expect(res.json().error.code, download_url).toBe('DOWNLOAD_URL_REFUSED');
    }
    expect((await h.app.inject(`/api/jobs/${jobId}`)).json().data.status).not.toBe('done');
  });

  it('refuses a private webhookUrl up front, and never forwards to a name that resolves to loopback', async () => {
    const target = await internal();
    const refused = await hooked(`${target.url}/hook`);
    expect(refused.posted.statusCode).toBe(400);
    expect(refused.posted.json().error.code).toBe('WEBHOOK_URL_REFUSED');
    const { h, hook } = await hooked(`http://localhost:${new URL(target.url).port}/hook`);
    expect(
      (await h.app.inject({ method: 'POST', url: hook!, payload: { progress: 40 } })).statusCode,
    ).toBe(200);
    await waitFor(() =>
      h.logs.some((l) => l.includes('webhook not forwarded') && l.includes('"reason":"address"'))
        ? true
        : undefined,
    );
    expect(target.calls).toEqual([]);
  });

  it('in simulator mode (no PUBLIC_URL) refuses a private webhookUrl, and the simulator never posts to a name resolving to loopback', async () => {
    const target = await internal();
    const h = await harness({ env: { SIM_RENDER_MS: '300' } });
    const refused = await h.app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: { ...chroma, webhookUrl: `${target.url}/hook` },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('WEBHOOK_URL_REFUSED');
    const posted = await h.app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: { ...chroma, webhookUrl: `http://localhost:${new URL(target.url).port}/hook` },
    });
    expect(posted.statusCode).toBe(200);
    await waitFor(() => ((h.sim!.world.webhooksSent ?? 0) >= 2 ? true : undefined));
    expect(target.calls).toEqual([]);
  });

  it('never answers a job’s webhook secret, even when the upstream echoes it', async () => {
    const h = await harness({
      env: { PUBLIC_URL: 'https://sw.example.org', SIM_RENDER_MS: '60000' },
    });
    const { projectId, jobId } = (
      await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma })
    ).json().data;
    const secret = h.sim!.world.projects.get(projectId)!.webhookUrl!;
    expect(secret).toMatch(/\/hooks\/[\w-]{20,}$/);
    for (const url of [
      `${V3}/editor/project/${projectId}`,
      `${V3}/editor/project`,
      `/api/jobs/${jobId}`,
      '/api/jobs',
    ])
      expect((await h.app.inject(url)).body, url).not.toContain(secret.split('/hooks/')[1]);
  });
});
