import { afterEach, vi } from 'vitest';
import { buildSimulator, type SimulatorOptions } from './app';

/** Options of a quiet simulator: no latency, faults or errors; credentials app / key. */
export const SIM_BASE: SimulatorOptions = {
  renderMs: 400,
  failureRate: 0,
  latencyMs: 0,
  errorRate: 0,
  appId: 'app',
  userKey: 'key',
};

/** Simulators on their own ports for a test file: each closed after its test. */
export function simulatorHarness() {
  const open: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    vi.useRealTimers();
    while (open.length) await open.pop()!();
  });

  /** The simulator's clock, moved by the test: renders progress only when the test says so. */
  const manualClock = (start = 1_700_000_000_000) => {
    let t = start;
    return { now: () => t, advance: (ms: number) => void (t += ms) };
  };

  async function sim(options: Partial<SimulatorOptions> = {}) {
    const s = buildSimulator({ ...SIM_BASE, ...options });
    const url = await s.app.listen({ host: '127.0.0.1', port: 0 });
    open.push(() => s.app.close());
    const tokenRes = await fetch(`${url}/api/odin/v3/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appId: 'app', userKey: 'key' }),
    });
    const token = ((await tokenRes.json()) as { data: { token: string } }).data.token;
    const call = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await fetch(`${url}/api/odin/v3${path}`, {
        method,
        headers: {
          authorization: token,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: res.status,
        body: (await res.json()) as {
          success: boolean;
          data?: Record<string, unknown> & { progress?: number };
          error?: { code: string; msg: string };
        },
      };
    };
    return { s, url, token, call };
  }
  return { sim, open, manualClock };
}
