import type { Editor } from '../store/editor-context';
import { parseChord } from '../ui/actions/keys';
import type { Panel } from '../ui/actions/panels';
import { installEditorInput } from '../ui/editor/editor-input';

/** `KeyboardEvent.code` for a key as the action table writes it ("g" → "KeyG", " " → "Space"). */
function codeOf(key: string): string {
  if (key === ' ') return 'Space';
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return `Digit${key}`;
  return key;
}

/**
 * Keyboard input as a user gives it, through the editor's real window listeners (the action
 * table's handler and the undo gesture marks): key down, its auto-repeats, key up. Bindings are
 * written as in the action table ("Mod+Shift+Z", "Alt+ArrowLeft", "]").
 */
export function simulateKeyboard(editor: Editor) {
  const opened: Panel[] = [];
  const announced: string[] = [];
  const uninstall = installEditorInput({
    editor,
    open: (panel) => opened.push(panel),
    announce: (message) => announced.push(message),
  });

  /** Dispatches one key event on `on`; true when a listener took it (preventDefault). */
  const fire = (type: 'keydown' | 'keyup', binding: string, repeat: boolean, on: Element) => {
    const chord = parseChord(binding);
    const event = new KeyboardEvent(type, {
      key: chord.key,
      code: codeOf(chord.key),
      ctrlKey: chord.mod,
      altKey: chord.alt,
      shiftKey: chord.shift,
      repeat,
      bubbles: true,
      cancelable: true,
    });
    on.dispatchEvent(event);
    return event.defaultPrevented;
  };

  return {
    /** What the actions asked to open and to say, in order. */
    opened,
    announced,
    keyDown: (binding: string, on: Element = document.body) => fire('keydown', binding, false, on),
    /** The browser's auto-repeat while the key is held. */
    keyRepeat: (binding: string, on: Element = document.body) => fire('keydown', binding, true, on),
    keyUp: (binding: string, on: Element = document.body) => fire('keyup', binding, false, on),
    /** Down and up: one press. Returns whether the down was taken. */
    press: (binding: string, on: Element = document.body) => {
      const taken = fire('keydown', binding, false, on);
      fire('keyup', binding, false, on);
      return taken;
    },
    dispose: uninstall,
  };
}

export type SimulatedKeyboard = ReturnType<typeof simulateKeyboard>;
