import { describe, expect, it } from 'vitest';
import { firstJobOf, unanswered } from './resend';

const answer = (status: number, code: string, jobId?: string) =>
  Object.assign(new Error(code), { status, code, ...(jobId ? { jobId } : {}) });

describe('reading a failed export send', () => {
  it('names the first job only for a duplicate submission that names one', () => {
    expect(firstJobOf(answer(409, 'DUPLICATE_SUBMISSION', 'j1'))).toBe('j1');
    expect(firstJobOf(answer(409, 'DUPLICATE_SUBMISSION'))).toBeUndefined();
    expect(firstJobOf(answer(409, 'NOT_RETRYABLE', 'j1'))).toBeUndefined();
    expect(firstJobOf('offline')).toBeUndefined();
  });

  it('counts as unanswered: no answer at all, or refused before anything was recorded', () => {
    expect(unanswered(new TypeError('Failed to fetch'))).toBe(true);
    expect(unanswered(answer(0, 'network'))).toBe(true);
    expect(unanswered(answer(429, 'TOO_MANY_SUBMISSIONS'))).toBe(true);
    expect(unanswered(answer(400, 'INVALID_REQUEST'))).toBe(false);
    expect(unanswered(answer(502, 'UPSTREAM_ERROR'))).toBe(false);
    expect(unanswered(answer(504, 'UPSTREAM_TIMEOUT'))).toBe(false);
  });

  it("counts as unanswered: an answer that is not our server's, or its own failure", () => {
    // A load balancer's timeout page while the send goes on behind it (the editor's client names
    // an answer without our envelope by its status; the merge's by 'bad-response').
    expect(unanswered(Object.assign(new Error('504'), { status: 504, code: 504 }))).toBe(true);
    expect(unanswered(answer(502, 'bad-response'))).toBe(true);
    expect(unanswered(answer(200, 'bad-response'))).toBe(true);
    expect(unanswered(answer(307, 'redirect'))).toBe(true);
    expect(unanswered(answer(500, 'INTERNAL_ERROR'))).toBe(true);
    expect(unanswered(answer(503, 'FST_ERR_CLOSING'))).toBe(true);
  });
});
