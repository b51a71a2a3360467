import { describe, expect, it } from 'vitest';
import { chroma, V3 } from '../../testing/job-requests';
import { cleanupPerTest, fakeUpstream, json, waitFor } from '../test-support';

const { harness, closeLater } = cleanupPerTest();

/**
 * AI Studios where the export's answer is lost (a 500) and the project reads as `projectState`:
 * saved at first, so the follower settles the job as "never arrived, nothing charged".
 */
async function lostExport() {
  const world = { projectState: 'saved' as string, exports: 0, getFails: false };
  const upstream = await fakeUpstream((req, _body, res) => {
    if (req.url === `${V3}/simple/video`)
      return json(res, 200, { success: true, data: { projectId: 'p1' } });
    if (req.url === `${V3}/editor/project/export`) {
      world.exports++;
      return json(res, 500, { success: false, error: { msg: 'lost' } });
    }
    if (req.url === `${V3}/editor/project/p1`) {
      if (world.getFails) return json(res, 500, { success: false, error: { msg: 'down' } });
      const done = world.projectState === 'exported';
      return json(res, 200, {
        success: true,
        data: {
          project: {
            _id: 'p1',
            state: world.projectState,
            progress: done ? 100 : 40,
            ...(done ? { download_url: 'https://cdn.aistudios.com/p1.mp4' } : {}),
          },
        },
      });
    }
    json(res, 404, { success: false, error: { msg: 'no such route' } });
  });
  closeLater(upstream.close);
  const h = await harness({
    upstreamUrl: upstream.url,
    env: { AISTUDIOS_TOKEN: 'static-token-for-tests', JOB_SETTLE_MS: '0' },
  });
  const sent = await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma });
  expect(sent.statusCode).toBe(202);
  const jobId = sent.json().data.jobId as string;
  await waitFor(async () => ((await h.store.get(jobId))?.status === 'failed' ? true : undefined));
  const retry = () =>
    h.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/retry`, payload: {} });
  return { h, world, jobId, retry };
}

describe('retrying a job whose export answer was lost asks AI Studios first', () => {
  it('follows the export AI Studios has after all instead of paying for it again', async () => {
    const { h, world, jobId, retry } = await lostExport();
    world.projectState = 'exported'; // the lost export arrived late
    const answer = await retry();
    expect(answer.statusCode).toBe(200);
    expect(answer.json().data).toMatchObject({ id: jobId, status: 'done', progress: 100 });
    expect(world.exports).toBe(1);
    expect((await h.store.get(jobId))?.error).toBeNull();
  });

  it('follows a render still going on there', async () => {
    const { world, jobId, retry } = await lostExport();
    world.projectState = 'progress';
    const answer = await retry();
    expect(answer.json().data).toMatchObject({ id: jobId, status: 'rendering' });
    expect(world.exports).toBe(1);
  });

  it('sends nothing while AI Studios cannot be asked', async () => {
    const { h, world, jobId, retry } = await lostExport();
    world.getFails = true;
    const answer = await retry();
    expect(answer.statusCode).toBe(503);
    expect(answer.json().error.code).toBe('UPSTREAM_UNREACHABLE');
    expect(world.exports).toBe(1);
    expect((await h.store.get(jobId))?.status).toBe('failed');
  });

  it('sends it again when the project there is still only saved', async () => {
    const { world, retry } = await lostExport();
    await retry();
    expect(world.exports).toBe(2);
  });
});
