import { describe, expect, it } from 'vitest';
import { validateRequest } from './preflight';
import { ref } from './messages/message';
import { clipAt, fixture } from '../testing/preflight-fixtures';
import type { PreflightOptions } from './preflight/types';
import type { EditorProjectRequest } from './schema/request';

const codesOf = (request: EditorProjectRequest, options?: PreflightOptions) =>
  validateRequest(request, options).issues.map((i) => `${i.severity}:${i.code}:${i.field ?? ''}`);

describe('sanity warnings', () => {
  it('the fixtures as they are raise none', () => {
    for (const name of ['seed', 'image', 'textImage', 'shape', 'videoImage'] as const)
      expect(codesOf(fixture(name)).filter((c) => c.includes('sanity'))).toEqual([]);
  });

  it('warns of 100000 pt text, a 1e8 px clip, angle 100000 and layer −5', () => {
    const request = fixture('textImage');
    const text = clipAt(request, 'textImage');
    text.fontSize = 100000;
    text.width = 1e8;
    text.angle = 100000;
    text.layer = -5;
    const found = validateRequest(request).issues.filter((i) => i.code.startsWith('sanity.'));
    expect(found.map((i) => `${i.severity}:${i.code}:${i.field}`)).toEqual([
      'warning:sanity.size:width',
      'warning:sanity.font-size:fontSize',
      'warning:sanity.angle:angle',
      'warning:sanity.layer:layer',
    ]);
    expect(found[2]!.message).toContain('shows as 280°');
  });

  it('names the estimated duration of a very long script', () => {
    const request = fixture('seed');
    request.scenes[0]!.scripts![0]!.org = `<p>${'Hello there. '.repeat(380)}</p>`;
    const long = validateRequest(request).issues.find((i) => i.code === 'sanity.long-script');
    expect(long?.severity).toBe('warning');
    expect(long?.message).toMatch(/4,939 characters, about \d+ minutes of speech/);
  });
});

describe('media that does not load', () => {
  it('is an error naming the URL and the reason the editor found', () => {
    const request = fixture('image');
    const url = clipAt(request, 'image').source_url;
    const issues = validateRequest(request, {
      mediaProblems: { [url]: ref('reason.http-404') },
    }).issues.filter((i) => i.code === 'media.does-not-load');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', field: 'source_url' });
    expect(issues[0]!.message).toContain(`does not load from ${url}: the server answered 404`);
  });
});
