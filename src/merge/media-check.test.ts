import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeRows } from '../domain/merge/report';
import { designedProject, designedSpec, row } from '../domain/merge/test-support';
import { addMediaChecks, checkUrls } from './media-check';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A host where /ok.png exists, /gone.png does not, and HEAD is refused on /nohead.png. */
async function host() {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url === '/nohead.png' && req.method === 'HEAD') return res.writeHead(405).end();
    res.writeHead(req.url === '/gone.png' ? 404 : 200).end();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return {
    base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    seen,
  };
}

describe('media check', () => {
  it('asks each URL once; HEAD refused falls back to a one-byte GET', async () => {
    const { base, seen } = await host();
    const answers = await checkUrls([
      `${base}/ok.png`,
      `${base}/ok.png`,
      `${base}/gone.png`,
      `${base}/nohead.png`,
      'logo.png',
    ]);
    expect([...answers].map(([u, a]) => [u.slice(base.length), a.ok])).toEqual([
      ['/ok.png', true],
      ['/gone.png', false],
      ['/nohead.png', true],
    ]);
    expect(seen.filter((s) => s.endsWith('/ok.png'))).toEqual(['HEAD /ok.png']);
  });

  it('a bound URL the host refuses blocks its row; one nobody answers is a warning', async () => {
    const { base } = await host();
    const reports = mergeRows(designedProject(), designedSpec(), [
      row(1, { name: 'Ann', logo: `${base}/ok.png` }),
      row(2, { name: 'Bo', logo: `${base}/gone.png` }),
      row(3, { name: 'Cy', logo: 'http://127.0.0.1:1/x.png' }),
    ]);
    await addMediaChecks(reports, designedSpec(), { timeoutMs: 2000 });
    const media = reports.map((r) =>
      r.issues.filter((i) => i.code === 'media.unreachable').map((i) => i.severity),
    );
    expect(media).toEqual([[], ['error'], ['warning']]);
    expect(reports[1]!.blocked).toBe(true);
    expect(reports[1]!.issues.find((i) => i.code === 'media.unreachable')!.message).toBe(
      `Column "logo": ${base}/gone.png answers 404.`,
    );
  });
});
