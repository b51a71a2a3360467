import { describe, expect, it } from 'vitest';
import { jobReaches } from '../../testing/job-events';
import { V3, chroma } from '../../testing/job-requests';
import { cleanupPerTest, type Harness } from '../test-support';

const { harness } = cleanupPerTest();
const TOKEN = 'access-token-0123456789';

/** Requests the simulator (the upstream and its CDN) gets for a job's result file. */
function fileFetches(h: Harness, fileUrl: string): string[] {
  const path = new URL(fileUrl).pathname;
  const seen: string[] = [];
  h.sim!.app.server.on('request', (req) => {
    if (req.url?.startsWith(path)) seen.push(`${req.method} ${req.url}`);
  });
  return seen;
}

/** Log lines at error level or above (pino: 50 error, 60 fatal). */
const errorLines = (h: Harness) =>
  h.logs.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);

async function finishedJob(h: Harness, headers: Record<string, string> = {}) {
  const res = await h.app.inject({
    method: 'POST',
    url: `${V3}/simple/video`,
    payload: chroma,
    headers,
  });
  const jobId = res.json().data.jobId as string;
  const job = await jobReaches(h, jobId, (j) => j.status === 'done');
  expect(job.upstreamDownloadUrl).toBeTruthy();
  return { jobId, fileUrl: job.upstreamDownloadUrl! };
}

describe('HEAD /api/jobs/:id/download', () => {
  it('answers a finished job 200 with the GET headers and no body, fetching nothing upstream and logging no error', async () => {
    const h = await harness();
    const { jobId, fileUrl } = await finishedJob(h);
    const fetched = fileFetches(h, fileUrl);
    const url = `/api/jobs/${jobId}/download`;
    const heads = [];
    for (let i = 0; i < 3; i++) heads.push(await h.app.inject({ method: 'HEAD', url }));
    // Over a real socket too: there the old automatic HEAD route aborted the file stream and
    // logged "Error on Stream found for HEAD route" at level 50.
    const base = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const overHttp = await fetch(`${base}${url}`, { method: 'HEAD' });
    expect(overHttp.status).toBe(200);
    expect(overHttp.headers.get('content-disposition')).toContain(`-${jobId}.mp4`);
    // Let a stream aborted behind the reply (the old behaviour) surface in the log.
    await new Promise((r) => setTimeout(r, 100));
    expect({ fetched, errors: errorLines(h) }).toEqual({ fetched: [], errors: [] });

    const get = await h.app.inject(url);
    expect(get.statusCode).toBe(200);
    // The probe sees a real download, so its silence above means none was made.
    expect(fetched).toEqual([expect.stringMatching(/^GET /)]);
    for (const head of heads) {
      expect(head.statusCode).toBe(200);
      expect(head.rawPayload).toHaveLength(0);
      for (const name of ['content-type', 'content-disposition', 'cache-control'])
        expect(head.headers[name]).toBe(get.headers[name]);
    }
  });

  it('gives the GET status and envelope for an unknown, an unfinished and a malformed id', async () => {
    const h = await harness({ env: { SIM_RENDER_MS: '60000' } });
    const { jobId } = (
      await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma })
    ).json().data;
    for (const url of [
      '/api/jobs/nope/download',
      `/api/jobs/${jobId}/download`,
      '/api/jobs/bad%20id!/download',
    ]) {
      const get = await h.app.inject(url);
      const head = await h.app.inject({ method: 'HEAD', url });
      expect(get.statusCode).toBeGreaterThanOrEqual(400);
      expect(head.statusCode).toBe(get.statusCode);
      expect(head.headers['content-type']).toBe(get.headers['content-type']);
      expect(head.headers['content-length']).toBe(get.headers['content-length']);
      expect(head.rawPayload).toHaveLength(0);
    }
    expect((await h.app.inject('/api/jobs/nope/download')).statusCode).toBe(404);
    expect((await h.app.inject(`/api/jobs/${jobId}/download`)).statusCode).toBe(409);
  });

  it('is refused without the access token like GET, and fetches nothing', async () => {
    const h = await harness({ env: { ACCESS_TOKEN: TOKEN } });
    const { jobId, fileUrl } = await finishedJob(h, { 'x-access-token': TOKEN });
    const fetched = fileFetches(h, fileUrl);
    const url = `/api/jobs/${jobId}/download`;
    for (const headers of [{}, { 'x-access-token': 'wrong-token-000000' }]) {
      const get = await h.app.inject({ url, headers });
      const head = await h.app.inject({ method: 'HEAD', url, headers });
      expect([401, 403]).toContain(get.statusCode);
      expect(head.statusCode).toBe(get.statusCode);
    }
    const allowed = await h.app.inject({
      method: 'HEAD',
      url,
      headers: { 'x-access-token': TOKEN },
    });
    expect(allowed.statusCode).toBe(200);
    expect({ fetched, errors: errorLines(h) }).toEqual({ fetched: [], errors: [] });
  });
});
