import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupPerTest } from '../test-support';

const { harness } = cleanupPerTest();
const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const png = (bytes: number, fill = 1) =>
  Buffer.concat([PNG_HEAD, Buffer.alloc(bytes - PNG_HEAD.length, fill)]);
const upload = (
  h: Awaited<ReturnType<typeof harness>>,
  payload: Buffer | string,
  type = 'image/png',
  headers: Record<string, string> = {},
) =>
  h.app.inject({
    method: 'POST',
    url: '/api/uploads',
    payload,
    headers: { 'content-type': type, ...headers },
  });

describe('attack: uploads', () => {
  it('refuses content that is not the declared media type, saying so', async () => {
    const h = await harness();
    for (const [type, body] of [
      ['image/png', '<html><script>alert(1)</script></html>'],
      ['image/svg+xml', '<html><svg onload=alert(1)>'],
      ['video/mp4', Buffer.from('MZ\x90\x00 this is an executable')],
      ['audio/mpeg', png(64)],
      ['image/jpeg', png(64)],
    ] as const) {
      const res = await upload(h, body, type);
      expect(res.statusCode, type).toBe(415);
      expect(res.json().error).toMatchObject({
        code: 'CONTENT_MISMATCH',
        msg: expect.stringMatching(/^The file's content is not /),
      });
    }
    expect(readdirSync(join(h.settings.dataDir, 'uploads'))).toEqual([]);
  });

  it('answers 507 when DATA_DIR/uploads would pass its quota, keeping nothing of the refused file', async () => {
    const h = await harness({ env: { UPLOADS_QUOTA_MB: String(10_000 / 1048576) } });
    expect((await upload(h, png(6000, 1))).statusCode).toBe(200);
    const full = await upload(h, png(6000, 2));
    expect(full.statusCode).toBe(507);
    expect(full.json().error).toMatchObject({
      code: 'UPLOADS_FULL',
      msg: expect.stringContaining('upload space is full'),
    });
    expect(readdirSync(join(h.settings.dataDir, 'uploads'))).toHaveLength(1);
  });

  it('never serves a truncated file: a write cut short (crash) is replaced by the next complete upload', async () => {
    const h = await harness();
    const file = png(4000, 7);
    const name = `${createHash('sha256').update(file).digest('hex').slice(0, 32)}.png`;
    mkdirSync(join(h.settings.dataDir, 'uploads'), { recursive: true });
    writeFileSync(join(h.settings.dataDir, 'uploads', name), file.subarray(0, 1000));
    const res = await upload(h, file);
    expect(res.json().data.name).toBe(name);
    const served = await h.app.inject(`/uploads/${name}`);
    expect(served.rawPayload.length).toBe(file.length);
    expect(served.rawPayload.equals(file)).toBe(true);
    expect(
      readdirSync(join(h.settings.dataDir, 'uploads')).filter((n) => n.startsWith('.tmp-')),
    ).toEqual([]);
  });

  it('never echoes a Host header that is not allowed into the returned URL', async () => {
    const h = await harness();
    const res = await upload(h, png(100), 'image/png', { host: 'evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.json().data?.url).toBeUndefined();
    const ok = await upload(h, png(100), 'image/png', { host: '127.0.0.1:5211' });
    expect(ok.json().data.url).toMatch(/^http:\/\/127\.0\.0\.1:5211\/uploads\//);
  });
});
