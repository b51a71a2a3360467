import { useEffect, useState } from 'react';
import { keepFocusIn } from '../common/focus-rescue';

/** Marks the Layers panel's empty-scene hint, where focus goes when the last row is deleted. */
export const EMPTY_LAYERS_ATTR = 'data-layers-empty';

const rowButton = (panel: HTMLElement, selector: string) =>
  panel.querySelector<HTMLElement>(`li${selector} .layer-name`);

/**
 * Keeps keyboard focus in the Layers panel while rows come and go under it. A row deleted with
 * focus in it hands focus to the row that takes its place (the next), else the one before, else
 * the panel's empty hint; an undo that brings the row back puts focus on it again.
 */
export function useLayerFocus() {
  const [panel, setPanel] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!panel) return;
    let deletedId: string | undefined;
    const stopRescue = keepFocusIn(panel, ({ element }) => {
      const row = element.closest('li');
      const position = Number(row?.getAttribute('aria-posinset') ?? 1);
      deletedId = row?.getAttribute('data-clip-id') ?? undefined;
      return (
        rowButton(panel, `[aria-posinset="${position}"]`) ??
        rowButton(panel, `[aria-posinset="${position - 1}"]`) ??
        panel.querySelector<HTMLElement>(`[${EMPTY_LAYERS_ATTR}]`)
      );
    });
    // Rows mount after the store change (the list is deferred), so the undone row is watched for.
    const restore = new MutationObserver(() => {
      if (!deletedId || !panel.contains(document.activeElement)) return;
      const back = rowButton(panel, `[data-clip-id="${CSS.escape(deletedId)}"]`);
      if (!back) return;
      deletedId = undefined;
      back.focus();
    });
    restore.observe(panel, { subtree: true, childList: true });
    const forget = (e: FocusEvent) => {
      if (e.relatedTarget instanceof Node && !panel.contains(e.relatedTarget))
        deletedId = undefined;
    };
    panel.addEventListener('focusout', forget);
    return () => {
      stopRescue();
      restore.disconnect();
      panel.removeEventListener('focusout', forget);
    };
  }, [panel]);
  return setPanel;
}
