import { afterEach, describe, expect, it } from 'vitest';
import { buildSimulator } from './app';

const open: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});

async function account() {
  let now = 1_000_000;
  const s = buildSimulator({
    renderMs: 1000,
    failureRate: 0,
    latencyMs: 0,
    errorRate: 0,
    now: () => now,
  });
  open.push(() => s.app.close());
  const token = (
    await s.app.inject({
      method: 'POST',
      url: '/api/odin/v3/auth/token',
      payload: { appId: 'a', userKey: 'k' },
    })
  ).json().data.token as string;
  const call = (method: 'GET' | 'POST' | 'DELETE', path: string, payload?: object) =>
    s.app.inject({
      method,
      url: `/api/odin/v3${path}`,
      headers: { authorization: token },
      payload,
    });
  return { call, advance: (ms: number) => (now += ms), app: s.app };
}

describe('simulator: the account’s projects and edit-and-export', () => {
  it('lists the project made in the editor with the documented fields, and returns it whole', async () => {
    const { call } = await account();
    const list = (await call('GET', '/editor/project')).json().data as Record<string, unknown>[];
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0]!).sort()).toEqual(['download_url', 'id', 'name', 'state']);
    const project = (await call('GET', `/editor/project/${String(list[0]!.id)}`)).json().data
      .project;
    expect(project.scenes).toHaveLength(2);
    expect(
      project.scenes[0].clips.map((c: { tag?: string; type: string }) => c.tag ?? c.type),
    ).toEqual(['aiModel', 'parrot-text', 'parrot-image']);
  });

  it('holds what the tutorial looks for: in the first scene an image and a text by tag, the image served', async () => {
    const { call, app } = await account();
    const id = String((await call('GET', '/editor/project')).json().data[0].id);
    const first = (await call('GET', `/editor/project/${id}`)).json().data.project.scenes[0];
    const byTag = (tag: string) => first.clips.find((c: { tag?: string }) => c.tag === tag);
    expect(byTag('parrot-text')).toMatchObject({ type: 'textImage', text: 'Product tour' });
    const image = byTag('parrot-image') as { type: string; source_url: string };
    expect(image.type).toBe('image');
    const served = await app.inject(new URL(image.source_url).pathname);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/svg+xml');
    expect((await app.inject('/sim-assets/images/toString')).statusCode).toBe(404);
  });

  it('applies updates in the 1.6.x and the 1.4.x form to a new project that renders to 100', async () => {
    const { call, advance } = await account();
    const id = String((await call('GET', '/editor/project')).json().data[0].id);
    const value = [
      { sceneIdx: 0, type: 'aiModel', values: { script: 'changed <script> & more' } },
      { sceneIdx: 1, type: 'textImage', values: { text: 'change text', fontSize: 100 } },
    ];
    for (const updates of [{ value }, value]) {
      const res = await call('POST', `/editor/project/${id}`, { updates });
      expect(res.statusCode).toBe(200);
      const newId = res.json().data.projectId as string;
      expect(newId).not.toBe(id);
      const edited = (await call('GET', `/editor/project/${newId}`)).json().data.project;
      expect(edited.scenes[0].scripts[0].org).toBe('<p>changed &lt;script&gt; &amp; more</p>');
      expect(edited.scenes[1].clips[1]).toMatchObject({
        text: 'change text',
        fontSize: 100,
        tag: 'closing-text',
      });
      expect(
        (await call('GET', `/editor/project/${id}`)).json().data.project.scenes[0].scripts[0].org,
      ).toBe('<p>Welcome to our product tour.</p>');
      advance(1000);
      expect((await call('GET', `/editor/progress/${newId}`)).json().data).toMatchObject({
        progress: 100,
        state: 'exported',
        downloadUrl: expect.stringContaining('.mp4'),
      });
    }
  });

  it('refuses what it cannot apply, saying where', async () => {
    const { call } = await account();
    const id = String((await call('GET', '/editor/project')).json().data[0].id);
    const cases: [object, RegExp][] = [
      [{ updates: { value: [] } }, /updates/],
      [
        { updates: [{ sceneIdx: 5, type: 'textImage', values: { text: 'x' } }] },
        /sceneIdx 5: the project has 2 scenes/,
      ],
      [
        { updates: [{ sceneIdx: 1, type: 'image', values: { source_url: 'x' } }] },
        /scene 1 has no image clip/,
      ],
      [
        { updates: [{ sceneIdx: 0, type: 'textImage', values: { script: 'x' } }] },
        /only an aiModel update carries a script/,
      ],
      [
        { updates: [{ sceneIdx: 0, type: 'textImage', values: { fontSize: 'big' } }] },
        /edited project is invalid/,
      ],
    ];
    for (const [body, message] of cases) {
      const res = await call('POST', `/editor/project/${id}`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.msg).toMatch(message);
    }
    expect(
      (
        await call('POST', '/editor/project/000000000000000000000000', {
          updates: [{ sceneIdx: 0, type: 'aiModel', values: { script: 'x' } }],
        })
      ).statusCode,
    ).toBe(404);
  });

  it('simple/video without isExport is only saved, as its reference says (default false)', async () => {
    const { call } = await account();
    const body = { language: 'ko', text: '안녕', model: 'M000004017', clothes: 'BG00006160' };
    const saved = (await call('POST', '/simple/video', body)).json().data.projectId as string;
    expect((await call('GET', `/editor/progress/${saved}`)).json().data).toMatchObject({
      progress: 0,
      state: 'saved',
    });
    const rendering = (await call('POST', '/simple/video', { ...body, isExport: true })).json().data
      .projectId as string;
    expect((await call('GET', `/editor/progress/${rendering}`)).json().data.state).not.toBe(
      'saved',
    );
  });
});
