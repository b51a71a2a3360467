import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TokenSource } from './token';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function listen(handle: (req: IncomingMessage, body: string) => [number, object, string?]) {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push(body);
      const [status, json, location] = handle(req, body);
      res.writeHead(status, {
        'content-type': 'application/json',
        ...(location ? { location } : {}),
      });
      res.end(JSON.stringify(json));
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('TokenSource: the credential exchange', () => {
  it('exchanges appId and userKey for a token once and keeps it', async () => {
    const upstream = await listen(() => [200, { success: true, data: { token: 't1' } }]);
    const source = new TokenSource({
      baseUrl: upstream.url,
      appId: 'a',
      userKey: 'k',
      timeoutMs: 2000,
    });
    expect(await Promise.all([source.get(), source.get()])).toEqual(['t1', 't1']);
    expect(upstream.seen).toEqual(['{"appId":"a","userKey":"k"}']);
  });

  it.each([301, 302, 307, 308])(
    'does not follow a %i: the credentials go nowhere else',
    async (status) => {
      const elsewhere = await listen(() => [200, { success: true, data: { token: 'stolen' } }]);
      const upstream = await listen(() => [status, {}, `${elsewhere.url}/steal`]);
      const source = new TokenSource({
        baseUrl: upstream.url,
        appId: 'a',
        userKey: 'secret',
        timeoutMs: 2000,
      });
      await expect(source.get()).rejects.toThrow(/redirect/);
      expect(upstream.seen).toHaveLength(1);
      expect(elsewhere.seen).toEqual([]);
    },
  );
});
