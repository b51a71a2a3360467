import type { Editor } from '../../store/editor-context';
import type { ActionContext } from '../actions/action-types';
import { containBrowserUndo } from '../keyboard/contain-browser-undo';
import { handleShortcut } from '../keyboard/shortcuts';
import { installGestureMarks } from './gesture-marks';

/**
 * The editor's window-wide input: shortcuts from the action table, the undo gesture marks, and the
 * browser's own undo kept to the field the user is in.
 * The editor screen installs it on `window`; the test editor installs the same on its own.
 */
export function installEditorInput(
  ctx: Omit<ActionContext, 'coarse'> & { editor: Editor },
  target: Window = window,
): () => void {
  const onKey = (e: KeyboardEvent) => handleShortcut(e, ctx);
  target.addEventListener('keydown', onKey);
  const offMarks = installGestureMarks(ctx.editor.commands.gestures, target);
  const offUndo = containBrowserUndo(target);
  return () => {
    target.removeEventListener('keydown', onKey);
    offMarks();
    offUndo();
  };
}
