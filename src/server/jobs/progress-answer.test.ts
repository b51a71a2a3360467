import { describe, expect, it } from 'vitest';
import { toReport } from './progress-answer';

describe('a progress answer, read with the domain contract', () => {
  it('takes the documented answer: float progress, camelCase downloadUrl', () => {
    const body = {
      success: true,
      data: { progress: 100, downloadUrl: 'https://cdn.example/v.mp4' },
    };
    expect(toReport(200, body)).toEqual({
      progress: 100,
      state: undefined,
      downloadUrl: 'https://cdn.example/v.mp4',
      credit: undefined,
      error: undefined,
    });
  });

  it('keeps what some answers add: a state, a snake_case link, an error', () => {
    const body = {
      success: true,
      data: {
        progress: 40.5,
        state: 'failed',
        download_url: 'https://x/v.mp4',
        error: { msg: 'no' },
      },
    };
    expect(toReport(200, body)).toMatchObject({
      progress: 40.5,
      state: 'failed',
      downloadUrl: 'https://x/v.mp4',
      error: 'no',
    });
  });

  it('fails the job on a refusal, in the upstream’s words or in ours', () => {
    expect(toReport(400, { success: false, error: { code: 'E', msg: 'bad key' } })).toEqual({
      failed: true,
      error: 'bad key',
    });
    expect(toReport(404, { success: false })).toEqual({
      failed: true,
      error: 'AI Studios answered 404',
    });
  });

  it('polls again after anything else: 5xx, 401, 429, or a body that is not the contract', () => {
    const refusal = { success: false, error: { code: 'E', msg: 'later' } };
    expect(toReport(503, refusal)).toBeUndefined();
    expect(toReport(401, refusal)).toBeUndefined();
    expect(toReport(429, refusal)).toBeUndefined();
    expect(toReport(200, { success: true, data: { progress: 'half' } })).toBeUndefined();
    expect(toReport(200, { success: true, data: { progress: 140 } })).toBeUndefined();
    expect(toReport(200, '<html>')).toBeUndefined();
    expect(toReport(200, null)).toBeUndefined();
  });
});
