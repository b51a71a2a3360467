import { describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import type { StoredJob } from '../jobs/store';
import { nextJobSubscriber } from '../../testing/job-events';
import { V3, chroma, type J } from '../../testing/job-requests';
import { cleanupPerTest, fakeUpstream } from '../test-support';

const { harness, closeLater } = cleanupPerTest();

// What only a real socket shows: the event stream, a client that leaves, a client that stops reading.
describe('jobs over real sockets', () => {
  it('pushes job changes over Server-Sent Events', async () => {
    const h = await harness();
    const url = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const controller = new AbortController();
    const res = await fetch(`${url}/api/jobs/events`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma });
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('"status":"done"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    controller.abort();
    const events = text.split('\n\n').filter((e) => e.startsWith('event: job'));
    const sent = events.map((e) => JSON.parse(e.split('data: ')[1]!) as J);
    expect(sent[0]!.status).toBe('submitting');
    expect(sent.map((j) => j.status)).toContain('done');
    // Summaries only: the request (which can be megabytes) stays out of the stream.
    expect(sent.every((j) => j.request === undefined)).toBe(true);
  });

  it('lets go of the upstream file when the client leaves a download, and logs no error', async () => {
    let asked!: () => void;
    const upstreamAsked = new Promise<void>((r) => (asked = r));
    let left!: () => void;
    const upstreamLeft = new Promise<void>((r) => (left = r));
    const files = await fakeUpstream((req) => {
      req.socket.on('close', () => left());
      asked(); // and never answers: the file is slow
    });
    closeLater(files.close);
    const h = await harness({
      env: {
        PUBLIC_URL: 'https://sw.example.org',
        SIM_RENDER_MS: '60000',
        OUTBOUND_ALLOW_PRIVATE: 'true',
      },
    });
    const { jobId } = (
      await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma })
    ).json().data;
    const secret = (await h.store.get(jobId))!.hookSecret!;
    const delivery = { progress: 100, credit: 1, download_url: `${files.url}/slow.mp4` };
    await h.app.inject({ method: 'POST', url: `/hooks/${secret}`, payload: delivery });
    const url = new URL(await h.app.listen({ host: '127.0.0.1', port: 0 }));
    const socket = connect(Number(url.port), '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(`GET /api/jobs/${jobId}/download HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    await upstreamAsked;
    socket.destroy();
    await upstreamLeft;
    await h.app.close();
    expect(h.logs.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });

  it('drops an event-stream client that does not read instead of buffering for it without bound', async () => {
    const h = await harness();
    const url = new URL(await h.app.listen({ host: '127.0.0.1', port: 0 }));
    const events = h.app.jobs.events;
    const subscribed = nextJobSubscriber(h.app);
    const socket = connect(Number(url.port), '127.0.0.1');
    socket.pause();
    socket.on('error', () => undefined);
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    socket.write('GET /api/jobs/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await subscribed;
    const job = {
      id: 'x',
      kind: 'chromakey',
      name: 'n'.repeat(4000),
      status: 'rendering',
      progress: 1,
      createdAt: 0,
      updatedAt: 0,
    } as unknown as StoredJob;
    let sent = 0;
    while (events.listenerCount > 0 && sent < 50_000) {
      for (let i = 0; i < 100; i++) events.emitLocal(job);
      sent += 100;
      await new Promise((r) => setImmediate(r));
    }
    expect(events.listenerCount).toBe(0);
    // Dropped after a bounded amount (kernel buffers + 256 KiB), far below what was offered.
    expect(sent).toBeLessThan(50_000);
    socket.destroy();
    await closed;
  });
});
