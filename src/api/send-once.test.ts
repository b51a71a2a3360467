import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../domain/fixtures/seed-000-request.json';
import type { EditorProjectRequest } from '../domain/schema/request';
import { cleanupPerTest } from '../server/test-support';
import { exportProject } from './exports';
import { sendOnce } from './send-once';

const { harness } = cleanupPerTest();
afterEach(() => vi.unstubAllGlobals());

/** The browser's client answered by the server; with `loseAnswers`, the answer never arrives. */
async function server() {
  const h = await harness();
  const network = { loseAnswers: false };
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string, init: RequestInit) => {
    // Only the page's own calls (same-origin paths); the server's calls upstream go out as they are.
    if (!String(input).startsWith('/')) return realFetch(input, init);
    const res = await h.app.inject({
      method: init.method as 'POST',
      url: input,
      headers: init.headers as Record<string, string>,
      payload: init.body as string,
    });
    if (network.loseAnswers) throw new TypeError('Failed to fetch');
    return new Response(res.body, { status: res.statusCode });
  });
  return { ...h, network };
}
const request = seed as unknown as EditorProjectRequest;

describe('Export pressed again', () => {
  it('after a lost answer: the same export is followed, nothing is sent twice', async () => {
    const { store, network } = await server();
    const send = sendOnce(exportProject);
    network.loseAnswers = true;
    await expect(send(request)).rejects.toMatchObject({ status: 0 });
    network.loseAnswers = false;
    const again = await send(request);
    const jobs = await store.list();
    expect(jobs).toHaveLength(1);
    expect(again).toMatchObject({ jobId: jobs[0]!.id, projectId: jobs[0]!.projectId });
  });

  it('after an answer, or with the request changed, is a new export', async () => {
    const { store, network } = await server();
    const send = sendOnce(exportProject);
    const first = await send(request);
    const second = await send(request);
    expect(second.jobId).not.toBe(first.jobId);
    network.loseAnswers = true;
    await expect(send(request)).rejects.toMatchObject({ status: 0 });
    network.loseAnswers = false;
    await send({ ...request, name: 'Another name' });
    expect(await store.list()).toHaveLength(4);
  });
});
