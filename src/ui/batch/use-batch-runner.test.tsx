import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../domain/schema/job';
import { createBatchRunner } from '../../store/batch-runner';
import { createBatchStore } from '../../store/batch-store';
import { useBatchRunner } from './use-batch-runner';

/** The server's event stream, driven by the test. */
class FakeEventSource {
  static open: FakeEventSource[] = [];
  onopen?: () => void;
  onerror?: () => void;
  onmessage?: (e: MessageEvent) => void;
  private listeners: ((e: MessageEvent) => void)[] = [];
  constructor(readonly url: string) {
    FakeEventSource.open.push(this);
  }
  addEventListener(_type: string, listener: (e: MessageEvent) => void) {
    this.listeners.push(listener);
  }
  close() {
    FakeEventSource.open = FakeEventSource.open.filter((s) => s !== this);
  }
  send(job: Job) {
    for (const l of this.listeners) l(new MessageEvent('job', { data: JSON.stringify(job) }));
  }
}

const job = (status: Job['status']): Job => ({
  id: 'job-1',
  kind: 'chromakey',
  status,
  createdAt: 1,
  updatedAt: 2,
});

let listCalls = 0;
let serverJobs: Job[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  listCalls = 0;
  serverJobs = [job('rendering')];
  FakeEventSource.open = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', async (path: string) => {
    if (path === '/api/jobs') listCalls++;
    return new Response(JSON.stringify({ success: true, data: serverJobs }), { status: 200 });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function mountRenderingBatch() {
  const batch = createBatchStore({ newId: (p) => `${p}-1` });
  batch.replaceRows([
    { text: 'a', model: 'M1', clothes: 'C1', state: 'submitted', jobId: 'job-1' },
  ]);
  const runner = createBatchRunner(batch, { send: () => Promise.resolve({}) });
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useBatchRunner(batch, runner), { wrapper });
}
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('the batch follows its rendering rows', () => {
  it('from the event stream while it is up: no list polling, statuses as they happen', async () => {
    const { result } = mountRenderingBatch();
    await pass(10);
    const stream = FakeEventSource.open[0]!;
    act(() => stream.onopen?.());
    await pass(10);
    const afterOpen = listCalls;
    await pass(15_000);
    expect(listCalls).toBe(afterOpen);
    act(() => stream.send(job('done')));
    await pass(10);
    expect(result.current?.[0]?.status).toBe('done');
    expect(listCalls).toBe(afterOpen);
  });

  it('by polling the list every 1.5 s while the stream is down', async () => {
    const { result } = mountRenderingBatch();
    await pass(10);
    act(() => FakeEventSource.open[0]!.onerror?.());
    const before = listCalls;
    await pass(4_600);
    expect(listCalls - before).toBeGreaterThanOrEqual(3);
    serverJobs = [job('done')];
    await pass(1_600);
    expect(result.current?.[0]?.status).toBe('done');
  });

  it('lets go of the stream and the list once every row has ended', async () => {
    mountRenderingBatch();
    await pass(10);
    const stream = FakeEventSource.open[0]!;
    act(() => stream.onopen?.());
    await pass(10);
    act(() => stream.send(job('done')));
    await pass(10);
    expect(FakeEventSource.open).toEqual([]);
    const after = listCalls;
    await pass(15_000);
    expect(listCalls).toBe(after);
  });
});
