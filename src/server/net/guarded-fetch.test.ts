import { describe, expect, it } from 'vitest';
import { cleanupPerTest, fakeUpstream, json } from '../test-support';
import {
  guardedFetch,
  isPublicAddress,
  OutboundRefused,
  type OutboundPolicy,
} from './guarded-fetch';

const { closeLater } = cleanupPerTest();
const policy = (over: Partial<OutboundPolicy> = {}): OutboundPolicy => ({
  trustedOrigins: [],
  allowPrivate: false,
  maxRedirects: 2,
  timeoutMs: 2000,
  ...over,
});

describe('guardedFetch', () => {
  it('judges addresses by range: only global unicast is public', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.0.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '224.0.0.1',
      '255.255.255.255',
    ])
      expect(isPublicAddress(a), a).toBe(false);
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])
      expect(isPublicAddress(a), a).toBe(true);
  });

  it('checks the addresses a name resolves to, on the socket that connects (one private answer is enough to refuse)', async () => {
    const target = await fakeUpstream((_req, _body, res) => json(res, 200, {}));
    closeLater(target.close);
    const port = new URL(target.url).port;
    for (const answers of [
      ['127.0.0.1'],
      ['93.184.216.34', '10.0.0.5'],
      ['::ffff:127.0.0.1'],
      [],
    ]) {
      const resolve = async () => answers;
      const error = await guardedFetch(
        `http://cdn.aistudios.com:${port}/x.mp4`,
        {},
        policy({ hosts: ['*.aistudios.com'], resolve }),
      ).catch((e: unknown) => e);
      expect(error, answers.join()).toBeInstanceOf(OutboundRefused);
      expect((error as OutboundRefused).reason).toBe('address');
    }
    expect(target.calls).toEqual([]);
  });

  it('refuses hosts off the list, credentials in URLs and other schemes before any connection', async () => {
    for (const [url, reason] of [
      ['http://evil.example/x', 'host'],
      ['http://aistudios.com.evil.example/x', 'host'],
      ['ftp://cdn.aistudios.com/x', 'scheme'],
      ['http://user:pw@cdn.aistudios.com/x', 'url'],
      ['::not a url', 'url'],
    ] as const) {
      const error = await guardedFetch(url, {}, policy({ hosts: ['*.aistudios.com'] })).catch(
        (e: unknown) => e,
      );
      expect((error as OutboundRefused).reason, url).toBe(reason);
    }
  });

  it('follows a redirect between trusted places, and refuses one past maxRedirects', async () => {
    let hops = 0;
    const server = await fakeUpstream((req, _body, res) => {
      if (req.url === '/a') return res.writeHead(302, { location: '/b' }).end();
      hops++;
      return json(res, 200, { ok: true });
    });
    closeLater(server.close);
    const trusted = policy({ trustedOrigins: [server.url] });
    const res = await guardedFetch(`${server.url}/a`, {}, trusted);
    res.body.resume();
    expect([res.status, hops]).toEqual([200, 1]);
    const error = await guardedFetch(`${server.url}/a`, {}, { ...trusted, maxRedirects: 0 }).catch(
      (e: unknown) => e,
    );
    expect((error as OutboundRefused).reason).toBe('redirects');
  });
});
