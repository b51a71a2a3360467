import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import seed from '../domain/fixtures/seed-000-request.json';
import { logCapture, testSettings } from './test-support';
import { startAll, type Running } from './start';

// The "done means" flows of the server issue, over real HTTP against `startAll` (as `npm start`).
let running: Running;
beforeAll(async () => {
  running = await startAll(testSettings({ PORT: '0', SIM_RENDER_MS: '600' }), { logStream: logCapture().stream });
});
afterAll(async () => running?.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Answer = { success: boolean; data: Record<string, unknown> };
const post = async (path: string, body: unknown) =>
  (await (await fetch(`${running.url}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })).json()) as Answer;
const get = async (path: string) => (await (await fetch(`${running.url}${path}`)).json()) as Answer;
const isMp4 = (bytes: ArrayBuffer) => Buffer.from(bytes).subarray(4, 8).toString('latin1') === 'ftyp';

describe('seed 000 with no .env', () => {
  it('post → progress 100 with a download URL → /api/jobs/:id/download is a video', async () => {
    const created = await post('/api/odin/v3/editor/project', seed);
    expect(created.success).toBe(true);
    const { projectId, jobId } = created.data as { projectId: string; jobId: string };
    let progress: Answer['data'] = {};
    for (let i = 0; i < 100 && progress.progress !== 100; i++) {
      progress = (await get(`/api/odin/v3/editor/progress/${projectId}`)).data;
      await sleep(30);
    }
    expect(progress).toMatchObject({ progress: 100, downloadUrl: expect.stringMatching(/^http.*\.mp4$/) });
    for (let i = 0; i < 100 && (await get(`/api/jobs/${jobId}`)).data.status !== 'done'; i++) await sleep(30);
    const file = await fetch(`${running.url}/api/jobs/${jobId}/download`);
    expect(file.status).toBe(200);
    expect(isMp4(await file.arrayBuffer())).toBe(true);
  });
});

describe('seed 004 batch loop against our server', () => {
  it('exports three chroma-key videos one after the other, polls each to 100 and downloads it', async () => {
    const jobs = [
      { language: 'ko', text: 'Hello, this is my first work.', model: 'M000004017', clothes: 'BG00006160', isExport: true },
      { language: 'ko', text: 'Hello, this is my second work.', model: 'M000004017', clothes: 'BG00001004', isExport: true },
      { language: 'ko', text: 'Hello, this is my third work.', model: 'M000004017', clothes: 'BG00006160', isExport: true },
    ];
    const downloaded: number[] = [];
    for (const job of jobs) {
      const res = await post('/api/odin/v3/simple/video', job);
      expect(res.success).toBe(true);
      const projectKey = res.data.projectId as string;
      for (let complete = false, i = 0; !complete && i < 200; i++) {
        const progress = await get(`/api/odin/v3/editor/progress/${projectKey}`);
        if (progress.success && (progress.data.progress as number) >= 100 && progress.data.downloadUrl) {
          const file = await fetch(progress.data.downloadUrl as string);
          const bytes = await file.arrayBuffer();
          expect(isMp4(bytes)).toBe(true);
          downloaded.push(bytes.byteLength);
          complete = true;
        } else await sleep(30);
      }
    }
    expect(downloaded).toHaveLength(3);
    const listed = (await get('/api/jobs')).data as unknown as { kind: string }[];
    expect(listed.filter((j) => j.kind === 'chromakey')).toHaveLength(3);
  });
});
