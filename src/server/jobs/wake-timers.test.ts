import { afterEach, describe, expect, it, vi } from 'vitest';
import { WakeTimers } from './wake-timers';

afterEach(() => void vi.useRealTimers());

describe('WakeTimers', () => {
  it('wakes once the due time has passed, within the slack, never before', () => {
    vi.useFakeTimers();
    const wake = vi.fn();
    const wakes = new WakeTimers(wake, 25);
    wakes.at(1000);
    vi.advanceTimersByTime(1000);
    expect(wake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('groups steps due close together (a bucket of the slack, or two when they straddle one), and keeps later ones apart', () => {
    vi.useFakeTimers();
    const wake = vi.fn();
    const wakes = new WakeTimers(wake, 25);
    for (let i = 0; i < 100; i++) wakes.at(500 + (i % 5));
    wakes.at(2000);
    vi.advanceTimersByTime(600);
    const early = wake.mock.calls.length;
    expect(early).toBeGreaterThanOrEqual(1);
    expect(early).toBeLessThanOrEqual(2);
    vi.advanceTimersByTime(1500);
    expect(wake).toHaveBeenCalledTimes(early + 1);
  });

  it('wakes nothing after stop, and schedules nothing new', () => {
    vi.useFakeTimers();
    const wake = vi.fn();
    const wakes = new WakeTimers(wake, 25);
    wakes.at(100);
    wakes.stop();
    wakes.at(100);
    vi.advanceTimersByTime(1000);
    expect(wake).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
