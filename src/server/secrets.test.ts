import { afterEach, describe, expect, it } from 'vitest';
import seed from '../domain/fixtures/seed-000-request.json';
import { jobReaches } from '../testing/job-events';
import { APP_ID, startHarness, USER_KEY, type Harness } from './test-support';

let h: Harness | undefined;
afterEach(async () => h?.close());

const ACCESS = 'access-secret-Zm9vYmFy42';
const V3 = '/api/odin/v3';

describe('secrets', () => {
  it('never shows appId, userKey, the upstream token or ACCESS_TOKEN in a response body, header or log line', async () => {
    h = await startHarness({ env: { ACCESS_TOKEN: ACCESS, PUBLIC_URL: 'https://sw.example.org' } });
    const tokens: string[] = [];
    const issue = h.sim!.world.issueToken.bind(h.sim!.world);
    h.sim!.world.issueToken = () => {
      const t = issue();
      tokens.push(t);
      return t;
    };
    const seen: string[] = [];
    const hit = async (
      method: 'GET' | 'POST' | 'DELETE',
      url: string,
      payload?: unknown,
      headers: Record<string, string> = { authorization: ACCESS },
    ) => {
      const res = await h!.app.inject({
        method,
        url,
        payload: payload as string | object | undefined,
        headers,
      });
      seen.push(`${res.statusCode} ${JSON.stringify(res.headers)} ${res.body}`);
      return res;
    };
    const chroma = {
      language: 'ko',
      text: '안녕',
      model: 'M000004017',
      clothes: 'BG00006160',
      isExport: true,
    };
    const project = (await hit('POST', `${V3}/editor/project`, seed)).json().data;
    const video = (await hit('POST', `${V3}/simple/video`, chroma)).json().data;
    await hit('POST', `${V3}/simple/custom`, {
      language: 'en',
      text: 'Hi',
      model: '67da28f034b05ae2e4385a2b',
    });
    await hit('POST', `${V3}/editor/project/export`, { projectId: project.projectId });
    for (const path of [
      '/auth',
      '/dropdown/models',
      '/model',
      '/dropdown/workspaces',
      '/editor/project',
      `/editor/project/${project.projectId}`,
      `/editor/progress/${project.projectId}`,
    ])
      await hit('GET', `${V3}${path}`);
    await hit('POST', `${V3}/editor/project`, '{broken', {
      authorization: ACCESS,
      'content-type': 'application/json',
    });
    await hit('POST', `${V3}/editor/project`, { scenes: [] });
    await hit('GET', `${V3}/auth/token`);
    await hit('GET', '/api/jobs', undefined, {});
    await hit('GET', '/api/jobs', undefined, { authorization: 'wrong-access-token' });
    await hit('GET', `/api/jobs?access_token=${ACCESS}`, undefined, {});
    await hit('GET', '/api/config');
    await hit('GET', '/api/voices');
    await hit('GET', '/api/health');
    await hit('POST', '/api/uploads', Buffer.from('GIF89a'), {
      authorization: ACCESS,
      'content-type': 'image/gif',
    });
    await jobReaches(h!, video.jobId, (j) => j.status === 'done');
    await hit('GET', `/api/jobs/${video.jobId}`);
    await hit('GET', `/api/jobs/${video.jobId}/download`);
    await hit('POST', `/api/jobs/${project.jobId}/retry`, {});
    const secret = (await h.store.get(video.jobId))!.hookSecret!;
    await hit(
      'POST',
      `/hooks/${secret}`,
      { progress: 100, credit: 1, backendTaskId: 'b', download_url: 'http://x/y.mp4' },
      {},
    );
    await hit('DELETE', `${V3}/editor/project`, { ids: [project.projectId] });

    expect(tokens.length).toBeGreaterThan(0);
    expect(h.logs.length).toBeGreaterThan(20);
    const secrets = [APP_ID, USER_KEY, ACCESS, secret, ...tokens];
    for (const text of [...seen, ...h.logs])
      for (const s of secrets)
        expect(text.includes(s), `${s.slice(0, 8)}… in ${text.slice(0, 200)}`).toBe(false);
    // Redaction is what keeps them out, not luck: the URLs with ?access_token= and the hook secret were logged, censored.
    expect(h.logs.some((l) => l.includes('access_token=[REDACTED]'))).toBe(true);
    expect(h.logs.some((l) => l.includes('/hooks/[REDACTED]'))).toBe(true);
  });
});
