import { describe, expect, it } from 'vitest';
import { validateRequest } from './preflight';
import { AVATAR_ID, clipAt, fixture } from '../testing/preflight-fixtures';
import type { IssuePath } from './parse';
import type { EditorProjectRequest } from './schema/request';

/** The one issue expected, written out in full (message: any sentence). */
const only = (
  severity: string,
  code: string,
  path: IssuePath,
  where: { field?: string; clipId?: string },
) => [
  {
    severity,
    code,
    path,
    sceneIndex: 0,
    ...where,
    message: expect.stringMatching(/^Scene 1\b.+\.$/),
    params: expect.any(Object),
  },
];

const issuesOf = (request: EditorProjectRequest) => validateRequest(request).issues;
const script = (r: EditorProjectRequest) => r.scenes[0]!.scripts![0]!;
const scriptPath = (field: string): IssuePath => ['scenes', 0, 'scripts', 0, field];

describe('preflight: scripts and the avatar', () => {
  it('script.count: two scripts in a scene', () => {
    const r = fixture();
    r.scenes[0]!.scripts!.push(structuredClone(script(r)));
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'script.count', ['scenes', 0, 'scripts'], { field: 'scripts' }),
    );
  });

  it('script.count: no script at all', () => {
    const r = fixture();
    r.scenes[0]!.scripts = [];
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'script.count', ['scenes', 0, 'scripts'], { field: 'scripts' }),
    );
  });

  it('script.model-mismatch: modelId is not the avatar ai_name', () => {
    const r = fixture();
    script(r).modelId = 'M000000001';
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'script.model-mismatch', scriptPath('modelId'), {
        field: 'modelId',
        clipId: AVATAR_ID,
      }),
    );
  });

  it('script.cloth-mismatch: clothId is not the avatar emotion', () => {
    const r = fixture();
    script(r).clothId = 'BG00000001';
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'script.cloth-mismatch', scriptPath('clothId'), {
        field: 'clothId',
        clipId: AVATAR_ID,
      }),
    );
  });

  it('a hidden avatar (isDelete) must still match the script, but may have an empty script', () => {
    const r = fixture();
    clipAt(r, 'aiModel', 0).isDelete = true;
    script(r).org = '';
    script(r).modelId = 'M000000001';
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'script.model-mismatch', scriptPath('modelId'), {
        field: 'modelId',
        clipId: AVATAR_ID,
      }),
    );
  });

  it('script.tts-inconsistent: isTTS false with a voice', () => {
    const r = fixture();
    script(r).tts = { voice: 'en-US-1' };
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'script.tts-inconsistent', scriptPath('tts'), { field: 'tts' }),
    );
  });

  it('script.tts-inconsistent: isTTS true without a voice', () => {
    const r = fixture();
    script(r).isTTS = true;
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'script.tts-inconsistent', scriptPath('tts'), { field: 'tts' }),
    );
  });

  it('accepts isTTS true with a voice object', () => {
    const r = fixture();
    Object.assign(script(r), { isTTS: true, tts: { voice: 'en-US-1' } });
    expect(issuesOf(r)).toStrictEqual([]);
  });

  it.each([
    '<p>Hi <b>there</b></p>',
    'Hi<br>there',
    '<div>Hi</div>',
    '<p>Hi</p><!-- note -->',
    '<P>Hi <script>x</script></P>',
  ])('script.html: %s', (org) => {
    const r = fixture();
    script(r).org = org;
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'script.html', scriptPath('org'), { field: 'org' }),
    );
  });

  it.each([
    'Plain text',
    '<p>Hi <span style="color:red">there</span></p>',
    '<P>Hi</P>',
    'a < b and c > d',
  ])('accepts %s in org', (org) => {
    const r = fixture();
    script(r).org = org;
    expect(issuesOf(r)).toStrictEqual([]);
  });

  it.each(['', '   ', '<p></p>', '<p> &nbsp; </p>', '<p><span> </span></p>'])(
    'script.empty: %j with a visible avatar',
    (org) => {
      const r = fixture();
      script(r).org = org;
      expect(issuesOf(r)).toStrictEqual(
        only('error', 'script.empty', scriptPath('org'), { field: 'org', clipId: AVATAR_ID }),
      );
    },
  );

  it('an empty script is fine when the avatar is voice-only or hidden', () => {
    for (const flag of ['voiceOnly', 'isDelete'] as const) {
      const r = fixture();
      clipAt(r, 'aiModel', 0)[flag] = true;
      script(r).org = '<p></p>';
      expect(issuesOf(r)).toStrictEqual([]);
    }
  });

  it('scene.multiple-avatars: a second aiModel clip', () => {
    const r = fixture();
    const second = {
      ...structuredClone(clipAt(r, 'aiModel', 0)),
      id: 'aiModel-000000000aa',
      name: 'x',
      layer: 2,
    };
    r.scenes[0]!.clips.push(second);
    const path = ['scenes', 0, 'clips', 1];
    expect(issuesOf(r)).toStrictEqual(
      only('error', 'scene.multiple-avatars', path, { clipId: 'aiModel-000000000aa' }),
    );
  });

  it('scene.no-avatar-model: a scene without an aiModel clip is a warning', () => {
    const r = fixture();
    r.scenes[0]!.clips = [];
    expect(issuesOf(r)).toStrictEqual(
      only('warning', 'scene.no-avatar-model', ['scenes', 0, 'clips'], { field: 'clips' }),
    );
  });
});
