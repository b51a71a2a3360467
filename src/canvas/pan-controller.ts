import type { Canvas } from 'fabric';
import type { EditorStore } from '../store/editor-store';

const isTypingTarget = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.isContentEditable ||
    t.tagName === 'INPUT' ||
    t.tagName === 'TEXTAREA' ||
    t.tagName === 'SELECT');

/**
 * Pan with Space+drag or the middle mouse button. Pointer-down is caught on the host in the
 * capture phase, so Fabric never starts a selection or a move for a pan.
 */
export function createPanController(
  canvas: Canvas,
  host: HTMLElement,
  store: EditorStore,
  panBy: (dx: number, dy: number) => void,
) {
  let spaceHeld = false;
  let panning: { x: number; y: number } | null = null;
  const savedCursor = canvas.defaultCursor;

  const setCursor = (cursor: string) => {
    canvas.defaultCursor = cursor;
    canvas.setCursor(cursor);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.code !== 'Space' || e.repeat || spaceHeld) return;
    if (isTypingTarget(e.target) || store.getState().editingTextId) return;
    // Only take Space from the page itself, not from a focused button or link.
    const t = e.target;
    if (t instanceof HTMLElement && t !== document.body && !host.contains(t)) return;
    e.preventDefault();
    spaceHeld = true;
    canvas.skipTargetFind = true;
    canvas.selection = false;
    setCursor('grab');
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.code !== 'Space' || !spaceHeld) return;
    spaceHeld = false;
    canvas.skipTargetFind = false;
    canvas.selection = true;
    if (!panning) setCursor(savedCursor);
  };

  const onMove = (e: PointerEvent) => {
    if (!panning) return;
    panBy(e.clientX - panning.x, e.clientY - panning.y);
    panning = { x: e.clientX, y: e.clientY };
  };
  const onUp = () => {
    panning = null;
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    setCursor(spaceHeld ? 'grab' : savedCursor);
  };

  const onDown = (e: PointerEvent | MouseEvent) => {
    const wantsPan = e.button === 1 || (spaceHeld && e.button === 0);
    if (!wantsPan) return;
    e.preventDefault();
    e.stopPropagation();
    if (e.type !== 'pointerdown' || panning) return;
    panning = { x: e.clientX, y: e.clientY };
    setCursor('grabbing');
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
  };

  host.addEventListener('pointerdown', onDown, true);
  host.addEventListener('mousedown', onDown, true);
  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  return () => {
    onUp();
    host.removeEventListener('pointerdown', onDown, true);
    host.removeEventListener('mousedown', onDown, true);
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keyup', onKeyUp);
  };
}
