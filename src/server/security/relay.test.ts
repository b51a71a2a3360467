import { describe, expect, it } from 'vitest';
import { cleanupPerTest, fakeUpstream } from '../test-support';

const { harness, closeLater } = cleanupPerTest();
const V3 = '/api/odin/v3';
const SECRET = 'hk_Q2xvdWRTZWNyZXQxMjM0NTY3ODk';

/** An upstream that answers the project list with this exact text. */
async function upstreamAnswering(text: string) {
  const upstream = await fakeUpstream((_req, _body, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(text);
  });
  closeLater(upstream.close);
  return harness({ upstreamUrl: upstream.url, env: { AISTUDIOS_TOKEN: 'static-token-for-tests' } });
}

describe('attack: reading a webhook secret out of a relayed answer', () => {
  it('relays an answer byte for byte when it holds no secret', async () => {
    const text = '{"success":true,"data":[{"projectId":"p1","name":"Ünïcode ☃","n":1.50}]}';
    const { app } = await upstreamAnswering(text);
    const res = await app.inject(`${V3}/editor/project`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toBe(text);
  });

  it('masks the secret however the upstream spells the URL: plain, escaped slashes, unicode escapes', async () => {
    for (const url of [
      `https://sw.example.org/hooks/${SECRET}`,
      `https:\\/\\/sw.example.org\\/hooks\\/${SECRET}`,
      `https:\\u002f\\u002fsw.example.org\\u002fhooks\\u002f${SECRET}`,
    ]) {
      const { app } = await upstreamAnswering(
        `{"success":true,"data":[{"projectId":"p1","webhookUrl":"${url}"}]}`,
      );
      const res = await app.inject(`${V3}/editor/project`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(SECRET);
      expect(res.json().data[0].webhookUrl).toBe('https://sw.example.org/hooks/[REDACTED]');
    }
  });
});
