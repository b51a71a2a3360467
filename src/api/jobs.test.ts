// @vitest-environment jsdom
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jobsQuery } from './jobs';

const job = (state: string) => ({ id: 'j1', state, createdAt: 1 });

/** Follows the jobs list with events down for `ms`, answering with `answer(n)` on the n-th poll. */
async function follow(ms: number, answer: (n: number) => unknown[]) {
  const client = new QueryClient();
  let polls = 0;
  const observer = new QueryObserver(client, {
    ...jobsQuery(false),
    queryFn: () => Promise.resolve(answer(polls++) as never),
  });
  const stop = observer.subscribe(() => undefined);
  for (let t = 0; t < ms; t += 100) await vi.advanceTimersByTimeAsync(100);
  stop();
  client.clear();
  return polls;
}

afterEach(() => vi.useRealTimers());

describe('following jobs while their events are down', () => {
  it('polls an unchanged list less and less: at most 6 requests a minute, not 30', async () => {
    vi.useFakeTimers();
    // 0 s, then 2, 4, 8, 16 and 30 s apart.
    expect(await follow(60_000, () => [job('rendering')])).toBeLessThanOrEqual(6);
  });

  it('goes back to a poll every 2 s as soon as the list changes', async () => {
    vi.useFakeTimers();
    // Every answer differs from the last: the interval never grows.
    expect(await follow(20_000, (n) => [job(`step ${n}`)])).toBe(11);
  });
});
