import { act, cleanup, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveStatus as Status } from '../../store/persist/autosave';
import { renderWithEditor } from '../../testing/render-ui';
import type { Services } from '../services';
import { SaveStatus } from './SaveStatus';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** An open project's autosave whose status the test sets. */
function withAutosave(onRender: () => void = () => undefined) {
  let status: Status = { state: 'saved', at: 1 };
  const listeners = new Set<(s: Status) => void>();
  const autosave = {
    status: () => status,
    onStatus: (l: (s: Status) => void) => (listeners.add(l), () => listeners.delete(l)),
  };
  const session = { current: () => autosave, subscribe: () => () => undefined };
  renderWithEditor(
    <Profiler id="save-status" onRender={onRender}>
      <SaveStatus />
    </Profiler>,
    {
      services: { session } as unknown as Partial<Services>,
    },
  );
  const set = (next: Status) =>
    act(() => {
      status = next;
      listeners.forEach((l) => l(next));
    });
  const shown = () => document.querySelector('[data-save-state]')!;
  return { set, shown };
}

describe('save status', () => {
  it('a save that lands at once keeps saying Saved; the attribute follows every state', () => {
    vi.useFakeTimers();
    const { set, shown } = withAutosave();
    set({ state: 'pending' });
    expect(shown().getAttribute('data-save-state')).toBe('pending');
    expect(shown().textContent).toBe('Saved');
    set({ state: 'saving' });
    act(() => void vi.advanceTimersByTime(50));
    expect(shown().textContent).toBe('Saved');
    set({ state: 'saved', at: 2 });
    act(() => void vi.advanceTimersByTime(2000));
    expect(shown().getAttribute('data-save-state')).toBe('saved');
    expect(shown().textContent).toBe('Saved');
  });

  it('renders nothing while a save lands at once: the attribute alone follows it', () => {
    vi.useFakeTimers();
    let renders = 0;
    const { set, shown } = withAutosave(() => renders++);
    const before = renders;
    for (let i = 0; i < 5; i++) {
      set({ state: 'pending' });
      set({ state: 'saving' });
      expect(shown().getAttribute('data-save-state')).toBe('saving');
      set({ state: 'saved', at: i });
    }
    expect(renders).toBe(before);
    expect(shown().getAttribute('data-save-state')).toBe('saved');
  });

  it('says so when the project stays unsaved for over a second, and Saved once it is', () => {
    vi.useFakeTimers();
    const { set, shown } = withAutosave();
    set({ state: 'pending' });
    act(() => void vi.advanceTimersByTime(600));
    set({ state: 'saving' }); // still unsaved: the second runs on
    act(() => void vi.advanceTimersByTime(400));
    expect(shown().textContent).toBe('Saving…');
    set({ state: 'saved', at: 2 });
    expect(shown().textContent).toBe('Saved');
  });

  it('a failure gives way to Saved once a save lands, with the attribute on the new element', () => {
    const { set, shown } = withAutosave();
    set({ state: 'error', message: 'Quota exceeded' });
    expect(shown().getAttribute('data-save-state')).toBe('error');
    set({ state: 'pending' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(shown().getAttribute('data-save-state')).toBe('pending');
    set({ state: 'saved', at: 3 });
    expect(shown().textContent).toBe('Saved');
    expect(shown().getAttribute('data-save-state')).toBe('saved');
  });

  it('shows a failure at once', () => {
    const { set } = withAutosave();
    set({ state: 'error', message: 'Quota exceeded' });
    expect(screen.getByRole('alert').textContent).toMatch(/Quota exceeded/);
  });
});
