import { describe, expect, it } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { LIMITS } from '../../domain/limits';
import { cleanupPerTest, fakeUpstream, json } from '../test-support';

const { harness, closeLater } = cleanupPerTest();
const V3 = '/api/odin/v3';
const chroma = { language: 'ko', text: '안녕하세요', model: 'M000004017', clothes: 'BG00006160' };
const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** An upstream that counts what reaches it: a refused body must never be sent (or billed). */
async function countingUpstream() {
  const f = await fakeUpstream((req, _body, res) =>
    json(res, 200, {
      success: true,
      data: req.url?.includes('/auth/token')
        ? { token: 't' }
        : { projectId: '67da28f034b05ae2e4385a2b' },
    }),
  );
  closeLater(f.close);
  return {
    ...f,
    jobs: () => f.calls.filter((c) => c.method === 'POST' && !c.url.includes('/auth/')).length,
  };
}

describe('attack: bodies that would hold the server', () => {
  it('refuses a million empty scenes at once with a 413 naming the limit (no per-element walk)', async () => {
    const upstream = await countingUpstream();
    const h = await harness({ upstreamUrl: upstream.url });
    const payload = `{"scenes":[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]}`;
    expect(payload.length).toBeGreaterThan(2_900_000);
    const res = await h.app.inject({
      method: 'POST',
      url: `${V3}/editor/project`,
      payload,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      msg: expect.stringContaining(`at most ${LIMITS.scenesPerProject} scenes per project`),
    });
    expect(upstream.jobs()).toBe(0);
  });

  it('refuses a 9.5 MB script (simple video and project) before it is sent and billed', async () => {
    const upstream = await countingUpstream();
    const h = await harness({ upstreamUrl: upstream.url });
    const text = 'a'.repeat(9.5 * 1024 * 1024);
    const simple = await h.app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: { ...chroma, text },
    });
    expect(simple.statusCode).toBe(413);
    expect(simple.json().error.msg).toContain(
      `text is 9,961,472 characters long; at most ${LIMITS.scriptChars.toLocaleString('en')}`,
    );
    const project = structuredClone(seed) as { scenes: { scripts: { org: string }[] }[] };
    project.scenes[0]!.scripts[0]!.org = text;
    const res = await h.app.inject({
      method: 'POST',
      url: `${V3}/editor/project`,
      payload: project,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.issues[0].path).toEqual(['scenes', 0, 'scripts', 0, 'org']);
    expect(upstream.jobs()).toBe(0);
  });

  it('reports a too-deep value as the caller’s 4xx, not as an unreachable upstream; a deep webhook body likewise', async () => {
    const upstream = await countingUpstream();
    const h = await harness({
      upstreamUrl: upstream.url,
      env: { PUBLIC_URL: 'https://sw.example.org' },
    });
    const scene = JSON.stringify(seed.scenes[0]).replace(/^\{/, `{"extra":${deep(20_000)},`);
    const res = await h.app.inject({
      method: 'POST',
      url: `${V3}/editor/project`,
      payload: `{"scenes":[${scene}]}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.issues[0].code).toBe('limit.depth');
    const simple = await h.app.inject({
      method: 'POST',
      url: `${V3}/simple/video`,
      payload: `${JSON.stringify(chroma).slice(0, -1)},"x":${deep(20_000)}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(simple.statusCode).toBe(413);
    const hook = await h.app.inject({
      method: 'POST',
      url: '/hooks/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      payload: `{"progress":1,"x":${deep(20_000)}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(hook.statusCode).toBe(413);
    expect(upstream.jobs()).toBe(0);
  });

  it('reports at most LIMITS.issues problems for a body full of them', async () => {
    const h = await harness();
    const scenes = Array.from({ length: LIMITS.scenesPerProject }, () => ({
      sceneIdx: 'x',
      scripts: 1,
      clips: 2,
    }));
    const res = await h.app.inject({
      method: 'POST',
      url: `${V3}/editor/project`,
      payload: { scenes },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.length).toBeLessThanOrEqual(LIMITS.issues);
  });
});
