import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './autosave';

/** A page whose frames and idle periods come when the test says. */
function page(visibilityState: 'visible' | 'hidden') {
  vi.useFakeTimers();
  const frames: (() => void)[] = [];
  const idle: { run: () => void; timeout?: number }[] = [];
  vi.stubGlobal('document', { visibilityState });
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('requestIdleCallback', (run: () => void, o?: { timeout?: number }) =>
    idle.push({ run, ...(o?.timeout !== undefined && { timeout: o.timeout }) }),
  );
  return { frame: () => frames.splice(0).forEach((f) => f()), idle };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('when autosave writes', () => {
  it('after the edit’s frame, in idle time, not between that frame and the next', () => {
    const { frame, idle } = page('visible');
    const write = vi.fn();
    afterPaint(write);
    expect(write).not.toHaveBeenCalled();
    frame();
    expect(write).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    expect(idle[0]!.timeout).toBe(300);
    idle[0]!.run();
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000); // the fallback does not write again
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('within a second even when no frame comes (the tab was hidden before its next frame)', () => {
    page('visible');
    const write = vi.fn();
    afterPaint(write);
    vi.advanceTimersByTime(999);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('after 100 ms in a hidden tab, which draws no frames', () => {
    const { idle } = page('hidden');
    const write = vi.fn();
    afterPaint(write);
    vi.advanceTimersByTime(100);
    expect(write).toHaveBeenCalledTimes(1);
    expect(idle).toHaveLength(0);
  });
});
