import type { Editor } from '../../store/editor-context';
import { selectSelectedClips } from '../../store/selectors';
import { describeChange, MESSAGES } from '../announcer/messages';
import { sentences } from '../announcer/edit-messages';
import { landingMessage } from '../announcer/editor-announcements';
import type { Action, ActionContext } from './action-types';
import type { Panel } from './panels';

const hasSelection = ({ store }: Editor) => store.getState().selection.length > 0;
const hasOne = ({ store }: Editor) => store.getState().selection.length === 1;
const hasEditable = ({ store }: Editor) =>
  selectSelectedClips(store.getState()).some((c) => c.type !== 'audio');

/** Undo/redo say what they took back, in the words the Layers panel uses, and where it left things. */
function historyStep(ctx: ActionContext, direction: 'undo' | 'redo') {
  const { store, commands } = ctx.editor;
  const before = store.getState();
  commands[direction]();
  const after = store.getState();
  if (after.project === before.project) return;
  // Undo takes back the change from `after` to `before`; redo makes it again.
  const what =
    direction === 'undo'
      ? describeChange(after.project, before.project)
      : describeChange(before.project, after.project);
  const step = direction === 'undo' ? MESSAGES.undid(what) : MESSAGES.redid(what);
  ctx.announce(sentences(step, landingMessage(before, after)));
}

const move = (id: string, label: string, key: string, dx: number, dy: number): Action => ({
  id,
  label,
  keys: [key],
  scope: 'clips',
  shiftStep: true,
  enabled: hasEditable,
  perform: ({ editor, coarse }) =>
    void editor.commands.clips.nudge(dx * (coarse ? 10 : 1), dy * (coarse ? 10 : 1)),
  undoable: true,
});

const resize = (id: string, label: string, key: string, dw: number, dh: number): Action => ({
  id,
  label,
  keys: [key],
  scope: 'clips',
  shiftStep: true,
  enabled: hasEditable,
  perform: ({ editor, coarse }) =>
    void editor.commands.clips.resizeBy(dw * (coarse ? 10 : 1), dh * (coarse ? 10 : 1)),
  undoable: true,
});

const rotate = (id: string, label: string, key: string, degrees: number): Action => ({
  id,
  label,
  keys: [key],
  scope: 'clips',
  enabled: hasEditable,
  perform: ({ editor }) => void editor.commands.clips.rotateBy(degrees),
  undoable: true,
});

const panel = (id: Panel, label: string, toolbar: Action['toolbar']): Action => ({
  id: `open-${id}`,
  label,
  perform: ({ open }) => open(id),
  undoable: false,
  toolbar,
});

/**
 * Every command a user can give from the keyboard, the toolbar or a menu, in cheat-sheet order.
 * The keyboard handler, the toolbar buttons and the cheat sheet are all generated from this list.
 */
export const ACTIONS: Action[] = [
  {
    id: 'select-next',
    label: 'Select the next clip (stage focused; past the last, focus moves on)',
    keys: ['Tab'],
    scope: 'stage',
    perform: ({ editor }) => editor.commands.clips.selectStep(1),
    undoable: false,
  },
  {
    id: 'select-previous',
    label: 'Select the previous clip (stage focused)',
    keys: ['Shift+Tab'],
    scope: 'stage',
    perform: ({ editor }) => editor.commands.clips.selectStep(-1),
    undoable: false,
  },
  {
    id: 'select-all',
    label: 'Select all clips',
    keys: ['Mod+A'],
    scope: 'clips',
    perform: ({ editor }) => editor.commands.clips.selectAll(),
    undoable: false,
  },
  {
    id: 'clear-selection',
    label: 'Clear selection',
    keys: ['Escape'],
    scope: 'clips',
    perform: ({ editor }) => editor.commands.clips.clearSelection(),
    undoable: false,
  },
  move('move-left', 'Move left 1 px (Shift: 10 px)', 'ArrowLeft', -1, 0),
  move('move-right', 'Move right 1 px (Shift: 10 px)', 'ArrowRight', 1, 0),
  move('move-up', 'Move up 1 px (Shift: 10 px)', 'ArrowUp', 0, -1),
  move('move-down', 'Move down 1 px (Shift: 10 px)', 'ArrowDown', 0, 1),
  resize('narrower', 'Narrower by 1 px (Shift: 10 px)', 'Alt+ArrowLeft', -1, 0),
  resize('wider', 'Wider by 1 px (Shift: 10 px)', 'Alt+ArrowRight', 1, 0),
  resize('shorter', 'Shorter by 1 px (Shift: 10 px)', 'Alt+ArrowUp', 0, -1),
  resize('taller', 'Taller by 1 px (Shift: 10 px)', 'Alt+ArrowDown', 0, 1),
  {
    id: 'grow',
    label: 'Grow 5 %, keeping the aspect',
    keys: ['='],
    scope: 'clips',
    enabled: hasEditable,
    perform: ({ editor }) => void editor.commands.clips.scaleBy(1.05),
    undoable: true,
  },
  {
    id: 'shrink',
    label: 'Shrink 5 %, keeping the aspect',
    keys: ['-'],
    scope: 'clips',
    enabled: hasEditable,
    perform: ({ editor }) => void editor.commands.clips.scaleBy(1 / 1.05),
    undoable: true,
  },
  rotate('rotate-left', 'Rotate 1° anticlockwise', ',', -1),
  rotate('rotate-right', 'Rotate 1° clockwise', '.', 1),
  rotate('rotate-left-coarse', 'Rotate 15° anticlockwise', '<', -15),
  rotate('rotate-right-coarse', 'Rotate 15° clockwise', '>', 15),
  {
    id: 'layer-up',
    label: 'Layer up',
    keys: [']'],
    scope: 'clips',
    enabled: hasOne,
    perform: ({ editor }) => editor.commands.clips.shiftLayer(1),
    undoable: true,
  },
  {
    id: 'layer-down',
    label: 'Layer down',
    keys: ['['],
    scope: 'clips',
    enabled: hasOne,
    perform: ({ editor }) => editor.commands.clips.shiftLayer(-1),
    undoable: true,
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    keys: ['Mod+D'],
    scope: 'clips',
    enabled: hasSelection,
    perform: ({ editor }) => editor.commands.clips.duplicateSelected(),
    undoable: true,
  },
  {
    id: 'delete',
    label: 'Delete selected clips',
    keys: ['Delete', 'Backspace'],
    scope: 'clips',
    enabled: hasSelection,
    perform: ({ editor }) => editor.commands.clips.removeSelected(),
    undoable: true,
  },
  {
    id: 'copy',
    label: 'Copy',
    keys: ['Mod+C'],
    scope: 'clips',
    enabled: hasSelection,
    perform: ({ editor }) => editor.commands.clips.copy(),
    undoable: false,
  },
  {
    id: 'paste',
    label: 'Paste',
    keys: ['Mod+V'],
    scope: 'clips',
    perform: ({ editor }) => editor.commands.clips.paste(),
    undoable: true,
  },
  {
    id: 'undo',
    label: 'Undo',
    keys: ['Mod+Z'],
    enabled: ({ commands }) => commands.canUndo(),
    perform: (ctx) => historyStep(ctx, 'undo'),
    undoable: false,
    toolbar: 'main',
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: ({ commands }) => commands.canRedo(),
    perform: (ctx) => historyStep(ctx, 'redo'),
    undoable: false,
    toolbar: 'main',
  },
  {
    id: 'toggle-snapping',
    label: 'Snap',
    keys: ['G'],
    pressed: ({ store }) => store.getState().snapping,
    perform: ({ editor }) => editor.commands.session.toggleSnapping(),
    undoable: false,
    toolbar: 'main',
  },
  {
    id: 'toggle-face-guide',
    label: 'Face guide',
    pressed: ({ store }) => store.getState().showFaceGuide,
    perform: ({ editor }) => editor.commands.session.toggleFaceGuide(),
    undoable: false,
    toolbar: 'main',
  },
  {
    id: 'play-pause',
    label: 'Play / pause the preview (while it is open)',
    keys: [' '],
    enabled: ({ commands }) => commands.playback.store.getState().open,
    perform: ({ editor }) => editor.commands.playback.toggle(),
    undoable: false,
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    keys: ['?'],
    perform: ({ open }) => open('help'),
    undoable: false,
  },
  panel('projects', 'Projects', 'main'),
  panel('export', 'Export', 'main'),
  panel('import', 'Import', 'secondary'),
  panel('account', 'AI Studios', 'secondary'),
  panel('json', 'JSON', 'secondary'),
  panel('data', 'Data', 'secondary'),
  panel('batch', 'Batch', 'secondary'),
  panel('custom', 'Custom avatar', 'secondary'),
  panel('jobs', 'Jobs', 'secondary'),
];

export const actionById = (id: string): Action => {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`No action ${id}`);
  return action;
};
