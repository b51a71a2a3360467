/** Where focus goes when the control holding it inside a container is removed or disabled. */
export type FocusFallback = (lost: FocusLoss) => HTMLElement | null | undefined;

export interface FocusLoss {
  /** The element that had focus (now detached or disabled). */
  element: HTMLElement;
  /** Its `data-focus-key`, or that of its nearest ancestor that has one (a row's id). */
  key: string | undefined;
}

/** Marks where focus goes in a dialog when the control holding it is disabled or removed. */
export const FOCUS_FALLBACK = { 'data-focus-fallback': '' } as const;
export const FOCUS_FALLBACK_SELECTOR = '[data-focus-fallback]';

const isDisabled = (el: Element) => el.matches(':disabled');

/** Focus is nowhere (the page) or still on a control that can no longer hold it. */
const focusIsLost = (lastFocused: HTMLElement) => {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  return active === lastFocused && (!lastFocused.isConnected || isDisabled(lastFocused));
};

/**
 * Keeps keyboard focus in `container` when the focused control inside it goes away: a button that
 * disables itself when pressed, a row deleted under focus. Browsers drop focus to <body> then, and
 * the next Tab starts from the top of the page (or, in a dialog, lands on a focus guard outside).
 * Returns a function that stops watching.
 */
export function keepFocusIn(container: HTMLElement, fallback: FocusFallback): () => void {
  let last: { element: HTMLElement; key: string | undefined } | null = null;

  const onFocusIn = (e: FocusEvent) => {
    if (!(e.target instanceof HTMLElement)) return;
    const keyed = e.target.closest<HTMLElement>('[data-focus-key]');
    last = { element: e.target, key: keyed?.dataset.focusKey };
  };
  const onFocusOut = (e: FocusEvent) => {
    const target = e.target;
    if (e.relatedTarget instanceof Node && !container.contains(e.relatedTarget)) last = null;
    else if (!e.relatedTarget && target instanceof HTMLElement)
      // A real blur (a click on nothing, another window) leaves the control in place and usable.
      queueMicrotask(() => {
        if (last?.element === target && target.isConnected && !isDisabled(target)) last = null;
      });
  };
  const rescue = () => {
    if (!last || !focusIsLost(last.element)) return;
    const target = fallback({ element: last.element, key: last.key });
    if (target && target !== last.element) target.focus();
  };

  const observer = new MutationObserver(rescue);
  observer.observe(container, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled'],
  });
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  return () => {
    observer.disconnect();
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('focusout', onFocusOut);
  };
}

/** The first element of `selector` in `root` that can take focus now. */
export function firstFocusable(root: ParentNode, selector: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(selector))
    if (el.isConnected && !isDisabled(el)) return el;
  return null;
}
