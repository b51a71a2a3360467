import type { Editor } from '../../store/editor-context';
import type { Panel } from './panels';

export interface ActionContext {
  editor: Editor;
  open: (panel: Panel) => void;
  announce: (message: string) => void;
  /** Shift was held on an action whose step it makes coarse. */
  coarse: boolean;
}

export interface Action {
  id: string;
  /** What the cheat sheet, toolbar and menus say; the one place to translate it. */
  label: string;
  /** Bindings as "Mod+Shift+Z" (see keys.ts); none for toolbar-only actions. */
  keys?: string[];
  /** Shift with any binding takes the coarse step (×10 px, 15°). */
  shiftStep?: boolean;
  /**
   * Where focus must be for its keys to fire: 'stage' only on the stage (Tab there walks the clips
   * instead of the page); 'clips' on the stage, a Layers row or nothing in particular (the body),
   * never on another widget, whose keys they are. Unscoped actions fire anywhere but in text.
   */
  scope?: 'stage' | 'clips';
  enabled?: (editor: Editor) => boolean;
  /** For toggles: whether it is on now (aria-pressed). */
  pressed?: (editor: Editor) => boolean;
  /** Returns false to leave the key to the browser (Tab past the last clip leaves the stage). */
  perform: (ctx: ActionContext) => boolean | void;
  /** Whether performing it writes an undo step. */
  undoable: boolean;
  /** Where the toolbar shows it: always, or inline from 1440 px and in "More" below. */
  toolbar?: 'main' | 'secondary';
}
