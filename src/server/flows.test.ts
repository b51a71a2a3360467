import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import seed from '../domain/fixtures/seed-000-request.json';
import { logCapture, testSettings } from './test-support';
import { startAll, type Running } from './start';

// The "done means" flows of the server issue, over real HTTP against `startAll` (as `npm start`).
let running: Running;
let jobEvents: ReturnType<typeof followJobEvents>;
beforeAll(async () => {
  running = await startAll(testSettings({ PORT: '0', SIM_RENDER_MS: '600' }), {
    logStream: logCapture().stream,
  });
  jobEvents = followJobEvents(`${running.url}/api/jobs/events`);
});
afterAll(async () => {
  jobEvents?.stop();
  await running?.close();
});

type PublicJob = { id: string; projectId?: string; status: string };

/**
 * The server's own job events (SSE), so a test waits for "this job is done" as the UI does, instead
 * of sleeping between polls. Events seen before a waiter asks are kept.
 */
function followJobEvents(url: string) {
  const controller = new AbortController();
  const seen: PublicJob[] = [];
  const waiters: { match: (job: PublicJob) => boolean; resolve: (job: PublicJob) => void }[] = [];
  const deliver = (job: PublicJob) => {
    seen.push(job);
    for (const w of waiters.filter((w) => w.match(job))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(job);
    }
  };
  void (async () => {
    const res = await fetch(url, { signal: controller.signal });
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = res.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      buffer += decoder.decode(read.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (block.startsWith('event: job') && data) deliver(JSON.parse(data.slice(6)) as PublicJob);
      }
    }
  })().catch(() => undefined);
  return {
    /** The first event (past or future) for which `match` holds. */
    next: (match: (job: PublicJob) => boolean) =>
      new Promise<PublicJob>((resolve) => {
        const past = seen.find(match);
        if (past) resolve(past);
        else waiters.push({ match, resolve });
      }),
    stop: () => controller.abort(),
  };
}
const finished = (jobId: string) => jobEvents.next((j) => j.id === jobId && j.status === 'done');
const finishedProject = (projectId: string) =>
  jobEvents.next((j) => j.projectId === projectId && j.status === 'done');

type Answer = { success: boolean; data: Record<string, unknown> };
const post = async (path: string, body: unknown) =>
  (await (
    await fetch(`${running.url}${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    })
  ).json()) as Answer;
const get = async (path: string) => (await (await fetch(`${running.url}${path}`)).json()) as Answer;
const isMp4 = (bytes: ArrayBuffer) =>
  Buffer.from(bytes).subarray(4, 8).toString('latin1') === 'ftyp';

describe('seed 000 with no .env', () => {
  it('post → progress 100 with a download URL → /api/jobs/:id/download is a video', async () => {
    const created = await post('/api/odin/v3/editor/project', seed);
    expect(created.success).toBe(true);
    const { projectId, jobId } = created.data as { projectId: string; jobId: string };
    await finished(jobId);
    const progress = (await get(`/api/odin/v3/editor/progress/${projectId}`)).data;
    expect(progress).toMatchObject({
      progress: 100,
      downloadUrl: expect.stringMatching(/^http.*\.mp4$/),
    });
    const file = await fetch(`${running.url}/api/jobs/${jobId}/download`);
    expect(file.status).toBe(200);
    expect(isMp4(await file.arrayBuffer())).toBe(true);
  });
});

describe('seed 004 batch loop against our server', () => {
  it('exports three chroma-key videos one after the other, polls each to 100 and downloads it', async () => {
    const jobs = [
      {
        language: 'ko',
        text: 'Hello, this is my first work.',
        model: 'M000004017',
        clothes: 'BG00006160',
        isExport: true,
      },
      {
        language: 'ko',
        text: 'Hello, this is my second work.',
        model: 'M000004017',
        clothes: 'BG00001004',
        isExport: true,
      },
      {
        language: 'ko',
        text: 'Hello, this is my third work.',
        model: 'M000004017',
        clothes: 'BG00006160',
        isExport: true,
      },
    ];
    const downloaded: number[] = [];
    for (const job of jobs) {
      const res = await post('/api/odin/v3/simple/video', job);
      expect(res.success).toBe(true);
      const projectKey = res.data.projectId as string;
      await finishedProject(projectKey);
      const progress = await get(`/api/odin/v3/editor/progress/${projectKey}`);
      expect(progress.data).toMatchObject({
        progress: 100,
        downloadUrl: expect.stringMatching(/\.mp4$/),
      });
      const bytes = await (await fetch(progress.data.downloadUrl as string)).arrayBuffer();
      expect(isMp4(bytes)).toBe(true);
      downloaded.push(bytes.byteLength);
    }
    expect(downloaded).toHaveLength(3);
    const listed = (await get('/api/jobs')).data as unknown as { kind: string }[];
    expect(listed.filter((j) => j.kind === 'chromakey')).toHaveLength(3);
  });
});
