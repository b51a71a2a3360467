/**
 * The browser keeps one undo list for the whole page: once a field's own typing is undone, Ctrl+Z
 * goes on to take back typing in another field, out of sight (the script behind a dialog), and
 * the editor records that as a new edit. A browser undo or redo is let through only for the field
 * the user is in.
 */
export function containBrowserUndo(target: Window = window): () => void {
  const onBeforeInput = (e: Event) => {
    const { inputType } = e as InputEvent;
    if (inputType !== 'historyUndo' && inputType !== 'historyRedo') return;
    if (e.target !== target.document.activeElement) e.preventDefault();
  };
  target.addEventListener('beforeinput', onBeforeInput, true);
  return () => target.removeEventListener('beforeinput', onBeforeInput, true);
}
