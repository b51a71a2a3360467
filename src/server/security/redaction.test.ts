import { describe, expect, it } from 'vitest';
import { cleanupPerTest } from '../test-support';

const { harness } = cleanupPerTest();
const TOKEN = 'access-token-Zm9vYmFyYmF6cXV4';

describe('attack: reading the access token out of the log', () => {
  it('redacts every form of the token in every log line (header, query, encoded query, odd case, absolute form)', async () => {
    const h = await harness({ env: { ACCESS_TOKEN: TOKEN, LOG_LEVEL: 'trace' } });
    const enc = encodeURIComponent(TOKEN);
    const forms = [
      { url: '/api/jobs', headers: { authorization: TOKEN } },
      { url: '/api/jobs', headers: { authorization: `Bearer ${TOKEN}` } },
      { url: '/api/jobs', headers: { 'x-access-token': TOKEN } },
      { url: `/api/jobs?access_token=${TOKEN}` },
      { url: `/api/jobs?access%5Ftoken=${TOKEN}` },
      { url: `/api/jobs?access%5ftoken=${enc}&x=1` },
      { url: `/api/jobs?%61ccess_token=${TOKEN}` },
      { url: `/api/jobs?ACCESS_TOKEN=${TOKEN}` },
      { url: `/api/jobs?x=1;access_token=${TOKEN}` },
      { url: `/api/jobs?access+token=1&token=${TOKEN}` },
      { url: `/api/nothing?access_token=${TOKEN}` },
      { url: `/%61pi/jobs?access%5Ftoken=${TOKEN}` },
      { url: `/api/odin/v3/editor/progress/%2e%2e?access_token=${TOKEN}` },
      {
        method: 'POST' as const,
        url: `/api/odin/v3/simple/video?access%5Ftoken=${TOKEN}`,
        payload: '{broken',
        headers: { 'content-type': 'application/json' },
      },
    ];
    for (const form of forms) {
      const res = await h.app.inject(form);
      expect(res.body, form.url).not.toContain(TOKEN);
    }
    expect(h.logs.length).toBeGreaterThan(forms.length);
    for (const line of h.logs)
      expect(line.includes(TOKEN) || line.includes(TOKEN.slice(6)), line.slice(0, 200)).toBe(false);
    expect(h.logs.filter((l) => l.includes('=[REDACTED]')).length).toBeGreaterThanOrEqual(10);
  });
});
