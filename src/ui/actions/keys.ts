/**
 * Key bindings as written in the action table: "Mod+Shift+Z", "Alt+ArrowLeft", "?". `Mod` is Ctrl,
 * or ⌘ on a Mac. The last part is the key as `KeyboardEvent.key` reports it (letters lower case).
 */
export interface KeyChord {
  key: string;
  mod: boolean;
  alt: boolean;
  shift: boolean;
}

export function parseChord(binding: string): KeyChord {
  const parts = binding.split('+');
  const key = parts.pop() ?? '';
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    mod: parts.includes('Mod'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
  };
}

/** Symbols are typed with whatever Shift the layout needs ("?" is Shift+/ on US keys). */
const isSymbol = (key: string) => key.length === 1 && key.toLowerCase() === key.toUpperCase();

/**
 * Whether `e` is the chord. `shiftStep` lets Shift ride along (it makes the step coarse);
 * otherwise Shift must match exactly, except on symbols.
 */
export function matchesChord(e: KeyboardEvent, chord: KeyChord, shiftStep = false): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== chord.key) return false;
  if ((e.ctrlKey || e.metaKey) !== chord.mod || e.altKey !== chord.alt) return false;
  if (shiftStep || isSymbol(key)) return true;
  return e.shiftKey === chord.shift;
}

const NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  ' ': 'Space',
};

/** How the cheat sheet and tooltips write a binding: "Ctrl+Shift+Z", "Alt+←". */
export function formatChord(binding: string): string {
  const chord = parseChord(binding);
  const key = NAMES[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return [chord.mod && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

/** The `KeyboardEvent` init a binding stands for (tests, and a replay of the table). */
export function chordEventInit(binding: string): KeyboardEventInit {
  const chord = parseChord(binding);
  return { key: chord.key, ctrlKey: chord.mod, altKey: chord.alt, shiftKey: chord.shift };
}
