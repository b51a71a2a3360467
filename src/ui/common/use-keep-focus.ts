import { useEffect, useState } from 'react';
import { keepFocusIn } from './focus-rescue';

/**
 * A callback ref that keeps keyboard focus inside its element when the focused control there is
 * disabled or removed: focus goes to what `fallbackIn` finds in the element (see keepFocusIn).
 */
export function useKeepFocus(fallbackIn: (container: HTMLElement) => HTMLElement | null) {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  useEffect(
    () => (container ? keepFocusIn(container, () => fallbackIn(container)) : undefined),
    [container, fallbackIn],
  );
  return setContainer;
}
