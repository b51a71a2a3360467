import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApp } from './start-app';

/** A start-up whose restore settles when the test says, over a fetch that records each path. */
function setup() {
  const paths: string[] = [];
  vi.stubGlobal('fetch', (path: string) => {
    paths.push(path);
    return Promise.resolve(new Response(JSON.stringify({ success: true, data: [] })));
  });
  let settle: { resolve: () => void; reject: (e: Error) => void } | undefined;
  const restore = () => new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const app = { queryClient: new QueryClient(), services: { session: { restore } } };
  return { app, paths, settle: () => settle! };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('start-up', () => {
  it('asks for the first screen’s data while the last project is still opening', () => {
    const { app, paths } = setup();
    const opening = startApp(app);
    expect(opening.isDone()).toBe(false);
    expect(paths.sort()).toEqual([
      '/api/config',
      '/api/odin/v3/dropdown/models',
      '/api/odin/v3/model',
      '/api/voices',
    ]);
  });

  it('renders first as soon as the project is open, without waiting out the quiet time', async () => {
    vi.useFakeTimers();
    const { app, settle } = setup();
    const opening = startApp(app, 300);
    let rendered = false;
    void opening.firstRender.then(() => (rendered = true));
    settle().resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(rendered).toBe(true);
    expect(opening.isDone()).toBe(true);
  });

  it('renders first after the quiet time when opening is slow (to say it is opening)', async () => {
    vi.useFakeTimers();
    const { app } = setup();
    const opening = startApp(app, 300);
    let rendered = false;
    void opening.firstRender.then(() => (rendered = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(rendered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(rendered).toBe(true);
    expect(opening.isDone()).toBe(false);
  });

  it('is done when opening fails: the editor shows its new blank project', async () => {
    const { app, settle } = setup();
    const opening = startApp(app);
    settle().reject(new Error('IndexedDB is not available'));
    await opening.done;
    expect(opening.isDone()).toBe(true);
  });
});
