import type { Editor } from '../../store/editor-context';

export interface Shortcut {
  keys: string;
  description: string;
}

/** The cheat sheet and the handler read from the same list, so they cannot drift. */
export const SHORTCUTS: Shortcut[] = [
  { keys: '← ↑ → ↓', description: 'Nudge 1 px (Shift: 10 px)' },
  { keys: 'Delete / Backspace', description: 'Delete selected clips' },
  { keys: 'Ctrl+D', description: 'Duplicate' },
  { keys: 'Ctrl+C / Ctrl+V', description: 'Copy / paste' },
  { keys: 'Ctrl+Z', description: 'Undo' },
  { keys: 'Ctrl+Shift+Z / Ctrl+Y', description: 'Redo' },
  { keys: 'Ctrl+A', description: 'Select all clips' },
  { keys: 'Esc', description: 'Clear selection' },
  { keys: ']  /  [', description: 'Layer up / down' },
  { keys: 'G', description: 'Toggle snapping guides' },
  { keys: 'Space', description: 'Play / pause the preview (while it is open)' },
  { keys: '?', description: 'This cheat sheet' },
];

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

export function handleShortcut(e: KeyboardEvent, editor: Editor, openHelp: () => void): boolean {
  const { store, commands } = editor;
  if (e.defaultPrevented || isTypingTarget(e.target) || store.getState().editingTextId)
    return false;
  if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return false;
  const mod = e.ctrlKey || e.metaKey;
  // Backspace on a focused checkbox must not delete the selected clip.
  if ((e.key === 'Delete' || e.key === 'Backspace') && e.target instanceof HTMLInputElement)
    return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const step = e.shiftKey ? 10 : 1;
  const run: Record<string, () => void> = {
    ArrowLeft: () => commands.clips.nudge(-step, 0),
    ArrowRight: () => commands.clips.nudge(step, 0),
    ArrowUp: () => commands.clips.nudge(0, -step),
    ArrowDown: () => commands.clips.nudge(0, step),
    Delete: commands.clips.removeSelected,
    Backspace: commands.clips.removeSelected,
    Escape: commands.clips.clearSelection,
    ']': () => commands.clips.shiftLayer(1),
    '[': () => commands.clips.shiftLayer(-1),
    '?': openHelp,
    g: () => store.setState({ snapping: !store.getState().snapping }),
    ...(commands.playback.store.getState().open ? { ' ': () => commands.playback.toggle() } : {}),
  };
  const withMod: Record<string, () => void> = {
    z: e.shiftKey ? commands.redo : commands.undo,
    y: commands.redo,
    d: commands.clips.duplicateSelected,
    c: commands.clips.copy,
    v: commands.clips.paste,
    a: commands.clips.selectAll,
  };
  const action = mod ? withMod[key] : e.altKey ? undefined : run[key];
  if (!action) return false;
  e.preventDefault();
  action();
  return true;
}
