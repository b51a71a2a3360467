import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLazyMergeSession, MERGE_RUN_KEY } from './lazy-merge-session';
import { createMergeSession } from './merge-session';

// Counts the sessions made; each one is the real session.
vi.mock('./merge-session', async (actual) => {
  const mod = await actual<typeof import('./merge-session')>();
  return { ...mod, createMergeSession: vi.fn(mod.createMergeSession) };
});
const made = vi.mocked(createMergeSession);

describe('the data merge session, made when first needed', () => {
  afterEach(() => {
    localStorage.clear();
    made.mockClear();
  });

  it('is not made at start-up when no run was left over', async () => {
    const lazy = createLazyMergeSession();
    lazy.resumeIfSaved();
    await vi.dynamicImportSettled();
    expect(made).not.toHaveBeenCalled();
  });

  it('is made once, however often the dialog asks for it', async () => {
    const lazy = createLazyMergeSession();
    const [a, b] = await Promise.all([lazy.get(), lazy.get()]);
    expect(a).toBe(b);
    expect(made).toHaveBeenCalledTimes(1);
  });

  it('is made at start-up when a run was saved, and shows that run', async () => {
    const run = { rows: [{ rowNumber: 1, status: 'done' }], cancelled: false };
    localStorage.setItem(MERGE_RUN_KEY, JSON.stringify(run));
    localStorage.setItem('scenewright.merge-setup', JSON.stringify({ table: { rows: [] } }));
    const lazy = createLazyMergeSession();
    lazy.resumeIfSaved();
    await vi.waitFor(() => expect(made).toHaveBeenCalledTimes(1));
    expect((await lazy.get()).store.getState().run).toEqual(run);
  });
});
