import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpJobsApi } from './jobs-api';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A server answering every call with an empty voice list, or never answering at all. */
async function serve(answer: boolean): Promise<string> {
  server = createServer((_req, res) => {
    if (answer) res.setHeader('content-type', 'application/json').end('{"success":true,"data":[]}');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe('httpJobsApi with a long-lived signal (a merge run polls with one)', () => {
  it('leaves no listener on the caller’s signal after each call, however many calls it makes', async () => {
    const api = httpJobsApi({ baseUrl: await serve(true) });
    const run = new AbortController();
    for (let i = 0; i < 40; i++) await api.voices(run.signal);
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
  });

  it('still stops a call under way when the caller’s signal aborts', async () => {
    const api = httpJobsApi({ baseUrl: await serve(false) });
    const run = new AbortController();
    const call = api.voices(run.signal);
    run.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
    // An already aborted signal stops the next call before it is sent.
    await expect(api.voices(run.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an abort while the answer is being read is an abort, not an unreadable answer', async () => {
    server = createServer((_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"success":true,"data":{"projectId":"p1",'); // and never the rest
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    let answered!: () => void;
    const headers = new Promise<void>((resolve) => (answered = resolve));
    const api = httpJobsApi({
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      fetch: async (...args) => {
        const response = await fetch(...args);
        answered();
        return response;
      },
    });
    const run = new AbortController();
    const call = api.submit({ scenes: [] } as never, run.signal, 'key-1');
    await headers;
    run.abort();
    // An AbortError has no status: the send is retried under the same key (domain/resend.ts).
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('httpJobsApi and redirects', () => {
  it('follows none: the access token goes to the server it was given for only', async () => {
    const seen: (string | undefined)[] = [];
    const elsewhere = createServer((req, res) => {
      seen.push(req.headers['x-access-token'] as string | undefined);
      res.setHeader('content-type', 'application/json').end('{"success":true,"data":[]}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
    try {
      server = createServer((req, res) => {
        res.writeHead(302, { location: `${target}${req.url}` }).end();
      });
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const api = httpJobsApi({ baseUrl: base, accessToken: 'secret-token' });
      await expect(api.job('abc')).rejects.toMatchObject({ code: 'redirect' });
      expect(seen).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
    }
  });
});
