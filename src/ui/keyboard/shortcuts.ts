import { ACTIONS } from '../actions/action-table';
import type { Action, ActionContext } from '../actions/action-types';
import { matchesChord, parseChord } from '../actions/keys';

/** Marks the element whose focus scopes `scope: 'stage'` actions. */
export const STAGE_FOCUS_ATTR = 'data-stage-focus';

/** The stage's focusable host, where focus goes to act on a clip just selected from elsewhere. */
export const stageElement = () => document.querySelector<HTMLElement>(`[${STAGE_FOCUS_ATTR}]`);

/** Marks a Layers row: focus inside it, like focus on the stage, is focus on its clips. */
export const CLIP_FOCUS_ATTR = 'data-clip-focus';

/** True while the user types somewhere: shortcuts must not fire then. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  // A focused slider takes arrow keys itself; checkboxes and buttons type nothing.
  return !['checkbox', 'radio', 'button', 'color'].includes(type);
}

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/** A field the browser's own undo belongs to: one that holds typed text. */
function editsText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl/⌘+Y: the browser's own undo and redo. */
const isUndoChord = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && ['z', 'y'].includes(e.key.toLowerCase());

const onStage = (target: EventTarget | null) =>
  target instanceof Element && target.closest(`[${STAGE_FOCUS_ATTR}]`) !== null;

/**
 * Focus is on the clips: on the stage, on a Layers row, or on nothing in particular. A key pressed
 * on any other widget (a scene card, a button, a select) is that widget's, never the clips'.
 */
function onClips(target: EventTarget | null): boolean {
  if (target === document.body || target === document.documentElement || target === document)
    return true;
  return (
    target instanceof Element &&
    target.closest(`[${STAGE_FOCUS_ATTR}], [${CLIP_FOCUS_ATTR}]`) !== null
  );
}

const inScope = (action: Action, target: EventTarget | null) =>
  action.scope === 'stage' ? onStage(target) : action.scope === 'clips' ? onClips(target) : true;

/** The action a key press names here, if any (first match in table order). */
export function actionForKey(e: KeyboardEvent, actions: readonly Action[] = ACTIONS) {
  return actions.find(
    (a) => inScope(a, e.target) && a.keys?.some((k) => matchesChord(e, parseChord(k), a.shiftStep)),
  );
}

/** Runs the table's action for a key press; true when it took the key. */
export function handleShortcut(
  e: KeyboardEvent,
  ctx: Omit<ActionContext, 'coarse'>,
  actions: readonly Action[] = ACTIONS,
): boolean {
  const { store } = ctx.editor;
  if (e.defaultPrevented) return false;
  // Outside a text field the browser's own undo is never wanted: Chromium keeps one undo list per
  // page and would take back the last typing in whichever field had it (the script box behind an
  // open dialog, say, from a focused button, select or slider), an edit the user cannot see and
  // the editor would record as a new one.
  // Nor is it left undone: a select, slider or checkbox holds no typing, so the chord is the editor's.
  const editorsUndo = isUndoChord(e) && !editsText(e.target);
  if (editorsUndo) e.preventDefault();
  if (store.getState().editingTextId) return false;
  if (!editorsUndo && isTypingTarget(e.target)) return false;
  if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return false;
  const action = actionForKey(e, actions);
  if (!action || (action.enabled && !action.enabled(ctx.editor))) return false;
  if (action.perform({ ...ctx, coarse: Boolean(action.shiftStep && e.shiftKey) }) === false)
    return false;
  e.preventDefault();
  return true;
}
