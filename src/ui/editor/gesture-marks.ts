import type { Commands } from '../../store/commands';

type Gestures = Commands['gestures'];

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);
const DISCRETE_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file']);

/** Fields whose edits from focus to blur are one intent (typing, a slider, a colour being picked). */
function isContinuousField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && !DISCRETE_INPUTS.has(target.type);
}

/**
 * Marks where gestures start and end, for undo: a field from focus to blur, a pointer from down
 * to up, a key from its first press through its repeats to its release. Nothing here reads a clock.
 */
export function installGestureMarks(gestures: Gestures, target: Window = window): () => void {
  const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) => {
    target.addEventListener(type, fn, true);
    return () => target.removeEventListener(type, fn, true);
  };
  const offs = [
    on('focusin', (e) => {
      if (isContinuousField(e.target)) gestures.begin('focus');
    }),
    on('focusout', (e) => {
      if (isContinuousField(e.target)) gestures.end('focus');
    }),
    on('keydown', (e) => {
      if (!MODIFIERS.has(e.key)) gestures.begin(`key:${e.code || e.key}`);
    }),
    on('keyup', (e) => gestures.end(`key:${e.code || e.key}`)),
    on('pointerdown', () => gestures.begin('pointer')),
    on('pointerup', () => gestures.end('pointer')),
    on('pointercancel', () => gestures.end('pointer')),
    // A key-up or blur that never comes (the window lost focus) must not leave a gesture open.
    on('blur', (e) => {
      if (e.target === target) gestures.endAll();
    }),
  ];
  return () => offs.forEach((off) => off());
}
