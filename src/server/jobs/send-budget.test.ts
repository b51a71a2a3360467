import { describe, expect, it } from 'vitest';
import { chroma, V3 } from '../../testing/job-requests';
import { cleanupPerTest, fakeUpstream, json } from '../test-support';

const { harness, closeLater } = cleanupPerTest();
const T = 300;
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a send never outlives the lease that keeps the sweeper off its row', () => {
  it('ends an export call that takes longer than its budget in all, as an unknown outcome', async () => {
    let exportCalls = 0;
    // Every step within its own timeout (T), but the whole call well past 2·T: an expired token
    // answered slowly, a slow renewal, a slow second answer.
    const upstream = await fakeUpstream(async (req, _body, res) => {
      if (req.url === `${V3}/auth/token`) {
        if (exportCalls > 0) await later(T - 50);
        return json(res, 200, { success: true, data: { token: `tok-${exportCalls}` } });
      }
      if (req.url === `${V3}/simple/video`)
        return json(res, 200, { success: true, data: { projectId: 'p1' } });
      if (req.url === `${V3}/editor/project/export`) {
        const n = ++exportCalls;
        await later(T - 50);
        if (n === 1)
          return json(res, 401, { success: false, error: { code: '401', msg: 'expired' } });
        await later(T - 50);
        return json(res, 200, { success: true, data: { projectId: 'p1' } });
      }
      json(res, 404, { success: false, error: { msg: 'no such route' } });
    });
    closeLater(upstream.close);
    const h = await harness({ upstreamUrl: upstream.url, env: { UPSTREAM_TIMEOUT_MS: String(T) } });
    const sent = await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma });
    expect(sent.statusCode).toBe(202);
    expect(sent.json().data).toMatchObject({
      outcome: 'EXPORT_OUTCOME_UNKNOWN',
      status: 'unknown',
    });
  });

  it('sends no export for a row settled meanwhile (its lease ran out), and keeps its project id', async () => {
    let exportCalls = 0;
    let sweep = async () => undefined as unknown;
    const upstream = await fakeUpstream(async (req, _body, res) => {
      if (req.url === `${V3}/simple/video`) {
        await sweep(); // another instance's sweeper takes the row while the project is made
        return json(res, 200, { success: true, data: { projectId: 'p2' } });
      }
      if (req.url === `${V3}/editor/project/export`) exportCalls++;
      json(res, 200, { success: true, data: {} });
    });
    closeLater(upstream.close);
    const h = await harness({
      upstreamUrl: upstream.url,
      env: { AISTUDIOS_TOKEN: 'static-token-for-tests' },
    });
    sweep = async () => {
      const [job] = await h.store.list();
      return h.store.update(job!.id, { status: 'failed', error: 'swept' }, ['submitting']);
    };
    const sent = await h.app.inject({ method: 'POST', url: `${V3}/simple/video`, payload: chroma });
    expect(sent.statusCode).toBe(504);
    expect(sent.json().error.msg).toMatch(/nothing was exported or charged/);
    expect(exportCalls).toBe(0);
    const [job] = await h.store.list();
    expect(job).toMatchObject({ status: 'failed', projectId: 'p2' });
  });
});
