import { useLayoutEffect, useRef, type FocusEvent } from 'react';

/**
 * Keeps focus on something meaningful when the focused control of a region leaves the page (a
 * Send button replaced by the run's progress, Cancel gone when the run ends): focus moves to
 * `fallback()` instead of falling to the page or the dialog's frame. Spread the returned
 * `onFocus` on the region.
 */
export function useFocusFallback(fallback: () => HTMLElement | null | undefined) {
  const focused = useRef<Element | null>(null);
  // A layout effect runs in the same commit that removed the control: before the dialog's focus
  // trap sees focus on the page and moves it to its frame.
  useLayoutEffect(() => {
    const last = focused.current;
    if (!last || last.isConnected) return;
    focused.current = null;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    fallback()?.focus();
  });
  return { onFocus: (e: FocusEvent) => void (focused.current = e.target) };
}
