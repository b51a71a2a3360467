import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, call } from './client';

const answer = (status: number, body: unknown) =>
  vi.fn(
    async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  );

afterEach(() => vi.unstubAllGlobals());

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as ApiError,
  );

describe('call: our server’s envelopes', () => {
  it('unwraps {success, data} and checks data with the schema', async () => {
    vi.stubGlobal('fetch', answer(200, { success: true, data: { projectId: 'p1' } }));
    await expect(call('/api/x', z.object({ projectId: z.string() }))).resolves.toEqual({
      projectId: 'p1',
    });
  });

  it('sends a body as JSON with POST', async () => {
    const fetch = answer(200, { success: true, data: null });
    vi.stubGlobal('fetch', fetch);
    await call('/api/x', z.null(), { body: { a: 1 } });
    expect(fetch).toHaveBeenCalledWith(
      '/api/x',
      expect.objectContaining({
        method: 'POST',
        body: '{"a":1}',
        headers: { 'content-type': 'application/json' },
      }),
    );
  });

  it('turns an error envelope into an ApiError with its code, message, status and details', async () => {
    vi.stubGlobal(
      'fetch',
      answer(400, { success: false, error: { code: 'BAD', msg: 'No.', field: 'text' } }),
    );
    const error = await caught(call('/api/x', z.unknown()));
    expect([error.code, error.message, error.status, error.details]).toEqual([
      'BAD',
      'No.',
      400,
      { field: 'text' },
    ]);
  });

  it('says the server cannot be reached when fetch itself fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    const error = await caught(call('/api/x', z.unknown()));
    expect([error.code, error.status]).toEqual(['network', 0]);
    expect(error.message).toMatch(/cannot be reached/);
  });

  it('names the status when the body is not an envelope', async () => {
    vi.stubGlobal('fetch', answer(502, '<html>Bad gateway</html>'));
    const error = await caught(call('/api/x', z.unknown()));
    expect([error.code, error.message]).toEqual([
      502,
      'The server answered 502 without a readable body.',
    ]);
  });

  it('refuses data that breaks the schema, naming the path', async () => {
    vi.stubGlobal('fetch', answer(200, { success: true, data: { projectId: 7 } }));
    const error = await caught(call('/api/x', z.object({ projectId: z.string() })));
    expect(error.code).toBe('bad-response');
    expect(error.message).toMatch(/^Unexpected answer from \/api\/x/);
  });
});
