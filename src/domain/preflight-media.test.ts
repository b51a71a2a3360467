import { describe, expect, it } from 'vitest';
import { validateRequest, webhookIssues } from './preflight';
import { clipAt, fixture } from '../testing/preflight-fixtures';
import type { IssuePath } from './parse';
import type { PreflightOptions } from './preflight/types';
import type { EditorProjectRequest } from './schema/request';

const issue = (
  severity: string,
  code: string,
  path: IssuePath,
  field: string,
  clipId?: string,
) => ({
  severity,
  code,
  path,
  ...(path[0] === 'scenes' ? { sceneIndex: 0 } : {}),
  field,
  ...(clipId ? { clipId } : {}),
  message: expect.stringMatching(/\.$/),
  params: expect.any(Object),
});
const issuesOf = (request: EditorProjectRequest, options?: PreflightOptions) =>
  validateRequest(request, options).issues;
const at = (field: string): IssuePath => ['scenes', 0, 'clips', 1, field];

const UNFETCHABLE = [
  'data:image/png;base64,iVBORw0KGgo=',
  'blob:http://localhost:5173/4b1f0c1e-1111-2222-3333-444455556666',
  'images/photo.jpg',
  '/uploads/photo.jpg',
  '//cdn.example.com/photo.jpg',
  'file:///home/me/photo.jpg',
  'ftp://example.com/photo.jpg',
  ' https://example.com/photo.jpg',
  'https://exa mple.com/photo.jpg',
  '',
];

const NOT_PUBLIC = [
  'http://localhost:5173/uploads/a.png',
  'http://127.0.0.1:5174/media/a.png',
  'http://10.1.2.3/a.png',
  'http://172.20.0.5/a.png',
  'http://192.168.1.4:8080/a.png',
  'http://169.254.1.1/a.png',
  'http://[::1]:5174/a.png',
  'http://[fd12::1]/a.png',
  'http://[::ffff:192.168.0.1]/a.png',
  'http://nas/a.png',
  'http://studio.local/a.png',
];

describe('preflight: media URLs', () => {
  it.each(UNFETCHABLE)('media.url-unreachable: image source_url %j', (url) => {
    const r = fixture('image');
    clipAt(r, 'image').source_url = url;
    const id = clipAt(r, 'image').id;
    expect(issuesOf(r)).toStrictEqual([
      issue('error', 'media.url-unreachable', at('source_url'), 'source_url', id),
    ]);
  });

  it('media.url-unreachable: audio, video and poster URLs', () => {
    const cases = [
      ['audio', 'source_url', 'blob:http://localhost/x'],
      ['videoImage', 'video_url', 'video.mp4'],
      ['videoImage', 'source_url', 'data:image/jpeg;base64,AAAA'],
    ] as const;
    for (const [type, field, url] of cases) {
      const r = fixture(type);
      (clipAt(r, type) as unknown as Record<string, string>)[field] = url;
      const id = clipAt(r, type).id;
      expect(issuesOf(r)).toStrictEqual([
        issue('error', 'media.url-unreachable', at(field), field, id),
      ]);
    }
  });

  it('a videoImage without a poster (empty source_url) is fine', () => {
    const r = fixture('videoImage');
    clipAt(r, 'videoImage').source_url = '';
    expect(issuesOf(r)).toStrictEqual([]);
  });

  it.each(['data:image/png;base64,AAAA', 'images/bg.png', 'blob:http://localhost/x'])(
    'media.url-unreachable: background %j',
    (url) => {
      const r = fixture();
      r.scenes[0]!.background.source_url = url;
      const path = ['scenes', 0, 'background', 'source_url'];
      expect(issuesOf(r)).toStrictEqual([
        issue('error', 'media.url-unreachable', path, 'source_url'),
      ]);
    },
  );

  it.each(['', '/images/background/bg_blue_gradient.png', 'https://cdn.example.com/bg.jpg'])(
    'accepts background %j (colour, upstream-hosted, absolute)',
    (url) => {
      const r = fixture();
      r.scenes[0]!.background.source_url = url;
      expect(issuesOf(r)).toStrictEqual([]);
    },
  );

  it.each(NOT_PUBLIC)('media.url-not-public: %s is a warning', (url) => {
    const r = fixture('image');
    clipAt(r, 'image').source_url = url;
    const id = clipAt(r, 'image').id;
    expect(issuesOf(r)).toStrictEqual([
      issue('warning', 'media.url-not-public', at('source_url'), 'source_url', id),
    ]);
  });

  it('no warning for URLs under options.publicOrigin', () => {
    const r = fixture('image');
    clipAt(r, 'image').source_url = 'http://192.168.1.4:8080/media/a.png';
    expect(issuesOf(r, { publicOrigin: 'http://192.168.1.4:8080/' })).toStrictEqual([]);
    const prefixOnly = { publicOrigin: 'http://192.168.1.4:80' };
    expect(issuesOf(r, prefixOnly).map((i) => i.code)).toStrictEqual(['media.url-not-public']);
  });

  it.each(['https://cdn.example.com/a.png', 'http://8.8.8.8/a.png', 'https://172.32.0.1/a.png'])(
    'accepts public %s',
    (url) => {
      const r = fixture('image');
      clipAt(r, 'image').source_url = url;
      expect(issuesOf(r)).toStrictEqual([]);
    },
  );

  it.each(['example.com/hook', '', 'mailto:me@example.com'])('webhook.url-invalid: %j', (url) => {
    const r = fixture();
    r.webhookUrl = url;
    expect(issuesOf(r)).toStrictEqual([
      issue('error', 'webhook.url-invalid', ['webhookUrl'], 'webhookUrl'),
    ]);
  });

  it('webhook.url-not-public: a webhook on this machine', () => {
    const r = fixture();
    r.webhookUrl = 'http://127.0.0.1:5174/api/webhook';
    expect(issuesOf(r)).toStrictEqual([
      issue('warning', 'webhook.url-not-public', ['webhookUrl'], 'webhookUrl'),
    ]);
    expect(issuesOf(r, { publicOrigin: 'http://127.0.0.1:5174' })).toStrictEqual([]);
  });
});

describe('webhookIssues: the one webhook rule, for the project and for simple/custom alike', () => {
  it('says nothing of a missing webhook or a public https one', () => {
    expect(webhookIssues(undefined)).toStrictEqual([]);
    expect(webhookIssues('https://hooks.example.com/render')).toStrictEqual([]);
  });

  it('refuses a URL AI Studios cannot call, naming the fix', () => {
    const [only, ...rest] = webhookIssues('ftp://example.com/hook');
    expect(rest).toStrictEqual([]);
    expect(only?.severity).toBe('error');
    expect(only?.code).toBe('webhook.url-invalid');
    expect(only?.message).toMatch(/absolute https:\/\/ URL/);
  });

  it('matches what preflight reports for the same request field', () => {
    const r = fixture();
    r.webhookUrl = 'example.com/hook';
    const fromPreflight = issuesOf(r).map((i) => i.code);
    expect(webhookIssues(r.webhookUrl).map((i) => i.code)).toStrictEqual(fromPreflight);
  });
});
