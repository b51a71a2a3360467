import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJsonText } from '../api/read-json-text';
import { unwrapImport } from '../domain/import';
import { deepSame } from '../domain/preflight/deep-same';
import { ANSWERS, webhookAnswerSchema } from '../domain/schema/responses';
import { ANSWER_TABLES, mismatches, rowsOf, type AnswerPage } from '../testing/doc-tables';
import { filledIn, VENDOR_REQUESTS } from '../testing/vendor-samples';
import { buildSimulator } from './simulator/app';
import { cleanupPerTest, fakeUpstream, json, testSettings } from './test-support';

const V3 = '/api/odin/v3';
const { harness, closeLater } = cleanupPerTest();

const sample = (text: string): Record<string, unknown> => {
  const read = readJsonText(filledIn(text));
  if (!read.ok) throw new Error(read.problems[0]?.message);
  return read.value as Record<string, unknown>;
};

/** The answer parses with the domain's schema and matches the docs' table (names and types). */
function expectDocumented(page: AnswerPage & keyof typeof ANSWERS, answer: unknown) {
  const parsed = ANSWERS[page].safeParse(answer);
  expect(parsed.error?.issues ?? []).toStrictEqual([]);
  expect(mismatches((answer as { data: unknown }).data, rowsOf(ANSWER_TABLES[page]))).toStrictEqual(
    [],
  );
}

describe.each(Object.entries(VENDOR_REQUESTS))(
  'vendor sample %s through the proxy',
  (_name, text) => {
    it('is accepted, forwarded unchanged, and every answer is as documented', async () => {
      const { app } = await harness();
      const body = sample(text);
      const res = await app.inject({ method: 'POST', url: `${V3}/editor/project`, payload: body });
      expect(res.json()).toMatchObject({ success: true });
      expect(res.statusCode).toBe(200);
      expectDocumented('create-project', res.json());
      const { projectId } = res.json().data as { projectId: string };

      const got = (await app.inject(`${V3}/editor/project/${projectId}`)).json();
      expectDocumented('get-project', got);
      const stored = unwrapImport(got).request as Record<string, unknown>;
      // Every field of the project is stored as sent. The send options are not part of what
      // get-project documents, and one of them (`webhookUrl`) can hold a per-job secret.
      const sendOptions = ['isExport', 'webhookUrl', 'resolution', 'workspaceId'];
      for (const key of Object.keys(body).filter((k) => !sendOptions.includes(k)))
        expect(deepSame(stored[key], body[key]), key).toBe(true);
      for (const key of sendOptions) expect(got.data.project).not.toHaveProperty(key);

      expectDocumented('progress', (await app.inject(`${V3}/editor/progress/${projectId}`)).json());
      expectDocumented('get-projects', (await app.inject(`${V3}/editor/project`)).json());
      expectDocumented(
        'export-project',
        (
          await app.inject({
            method: 'POST',
            url: `${V3}/editor/project/export`,
            payload: { projectId },
          })
        ).json(),
      );
      expectDocumented(
        'delete-projects',
        (
          await app.inject({
            method: 'DELETE',
            url: `${V3}/editor/project`,
            payload: { ids: [projectId] },
          })
        ).json(),
      );
    });
  },
);

describe('with real credentials (an upstream that is not our simulator)', () => {
  it.each(Object.keys(VENDOR_REQUESTS) as (keyof typeof VENDOR_REQUESTS)[])(
    '%s is forwarded as the user built it: created free, then exported',
    async (name) => {
      const upstream = await fakeUpstream((req, _body, res) => {
        if (req.url?.endsWith('/auth/token'))
          return json(res, 200, { success: true, data: { token: 't' } });
        if (req.method === 'POST')
          return json(res, 200, { success: true, data: { projectId: 'p1' } });
        return json(res, 200, { success: true, data: { progress: 0, downloadUrl: null } });
      });
      closeLater(upstream.close);
      const settings = testSettings({
        AISTUDIOS_BASE_URL: upstream.url,
        AISTUDIOS_APP_ID: 'a',
        AISTUDIOS_USER_KEY: 'k',
      });
      const { app } = await harness({ upstreamUrl: upstream.url, settings });
      const body = sample(VENDOR_REQUESTS[name]);
      const res = await app.inject({ method: 'POST', url: `${V3}/editor/project`, payload: body });
      expect(res.statusCode).toBe(200);
      const posted = upstream.calls.filter(
        (c) => c.method === 'POST' && !c.url.endsWith('/auth/token'),
      );
      // Two steps: the project is created as the user built it but free (`isExport:false`, no
      // webhook), then the paid export names it, with the user's webhookUrl and export options.
      expect(posted.map((c) => c.url)).toEqual([
        `${V3}/editor/project`,
        `${V3}/editor/project/export`,
      ]);
      const { webhookUrl, isExport: _isExport, ...rest } = body;
      expect(deepSame(JSON.parse(posted[0]!.body), { ...rest, isExport: false })).toBe(true);
      const exported = JSON.parse(posted[1]!.body) as Record<string, unknown>;
      expect(exported).toEqual({
        projectId: 'p1',
        ...(webhookUrl ? { webhookUrl } : {}),
        ...(body.workspaceId ? { workspaceId: body.workspaceId } : {}),
        ...(body.resolution ? { resolution: body.resolution } : {}),
      });
    },
  );
});

describe('the simulator answers as the docs show', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('workspaces', async () => {
    const { app } = await harness();
    expectDocumented('workspaces', (await app.inject(`${V3}/dropdown/workspaces`)).json());
  });

  it('progress a float 0–100 with downloadUrl at 100; webhooks an int with download_url', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const hooks: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      hooks.push(JSON.parse(init.body));
      return new Response('ok');
    });
    const renderMs = 10_000;
    const sim = buildSimulator({
      renderMs,
      failureRate: 0,
      latencyMs: 0,
      errorRate: 0,
      appId: 'app',
      userKey: 'key',
      now: () => Date.now(),
    });
    closeLater(() => sim.app.close());
    const token = (
      await sim.app.inject({
        method: 'POST',
        url: `${V3}/auth/token`,
        payload: { appId: 'app', userKey: 'key' },
      })
    ).json().data.token as string;
    const call = (url: string, payload?: unknown) =>
      sim.app.inject({
        method: payload ? 'POST' : 'GET',
        url,
        payload: payload as object,
        headers: { authorization: token },
      });
    const body = {
      ...sample(VENDOR_REQUESTS['docs-1.6.x-json-template-tutorial']),
      webhookUrl: 'https://hooks.example.com/x',
    };
    const { projectId } = (await call(`${V3}/editor/project`, body)).json().data as {
      projectId: string;
    };

    const seen: number[] = [];
    for (let step = 0; step <= 10; step += 1) {
      const answer = (await call(`${V3}/editor/progress/${projectId}`)).json();
      expectDocumented('progress', answer);
      seen.push(answer.data.progress as number);
      if (answer.data.progress < 100) expect(answer.data.downloadUrl ?? null).toBeNull();
      else expect(answer.data.downloadUrl).toMatch(/\.mp4$/);
      await vi.advanceTimersByTimeAsync(renderMs / 10 + 7);
    }
    expect(seen.some((p) => !Number.isInteger(p))).toBe(true);
    expect(seen.at(-1)).toBe(100);

    expect(hooks.length).toBeGreaterThanOrEqual(4);
    for (const hook of hooks) {
      expect(webhookAnswerSchema.safeParse(hook).error?.issues ?? []).toStrictEqual([]);
      expect(mismatches(hook, rowsOf(ANSWER_TABLES.webhook))).toStrictEqual([]);
    }
    expect(hooks.at(-1)).toMatchObject({
      progress: 100,
      download_url: expect.stringMatching(/\.mp4$/),
    });
  });
});
