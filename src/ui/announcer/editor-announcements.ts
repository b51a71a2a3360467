import type { Editor } from '../../store/editor-context';
import type { EditorState } from '../../store/editor-store';
import {
  selectActiveSceneIndex,
  selectLayerList,
  selectSelectedClips,
} from '../../store/selectors';
import { clipKind, clipLabel } from '../layers/clip-label';
import { describeChange, MESSAGES } from './messages';

const round = (n: number) => Math.round(n);
const SPOKEN_TEXT_LENGTH = 80;

export function selectionMessage(state: EditorState): string {
  const { selection } = state;
  if (selection.length === 0) return MESSAGES.selectionCleared;
  if (selection.length > 1) return MESSAGES.selectedMany(selection.length);
  const layers = selectLayerList(state);
  const index = layers.findIndex((c) => c.id === selection[0]);
  const clip = layers[index];
  if (!clip) return MESSAGES.selectedMany(1);
  return MESSAGES.selected(
    clipKind(clip),
    clipLabel(clip, SPOKEN_TEXT_LENGTH),
    index + 1,
    layers.length,
    selectActiveSceneIndex(state) + 1,
  );
}

/** Where a finished move, resize or rotate left the (first) selected clip, or '' for other edits. */
export function transformMessage(before: EditorState, after: EditorState): string {
  const [clip] = selectSelectedClips(after);
  if (!clip || clip.type === 'audio') return '';
  const kind = describeChange(before.project, after.project);
  if (kind === MESSAGES.change.move) return MESSAGES.moved(round(clip.left), round(clip.top));
  if (kind === MESSAGES.change.resize)
    return MESSAGES.resized(
      round(clip.width * (clip.scaleX ?? 1)),
      round(clip.height * (clip.scaleY ?? 1)),
    );
  if (kind === MESSAGES.change.rotate) return MESSAGES.rotated(round(clip.angle ?? 0));
  return '';
}

/**
 * Speaks what the store says happened: a new selection, and a move or resize once it is written
 * (a pointer gesture writes once, at its end; each key press is a write).
 */
export function announceEditor(editor: Editor, announce: (message: string) => void): () => void {
  return editor.store.subscribe((state, previous) => {
    if (state.selection !== previous.selection || state.activeSceneId !== previous.activeSceneId) {
      const sameSelection =
        state.selection.length === previous.selection.length &&
        state.selection.every((id, i) => id === previous.selection[i]);
      if (!sameSelection || state.activeSceneId !== previous.activeSceneId)
        announce(selectionMessage(state));
      return;
    }
    if (state.project !== previous.project) {
      const message = transformMessage(previous, state);
      if (message) announce(message);
    }
  });
}
