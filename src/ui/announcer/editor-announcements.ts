import type { Editor } from '../../store/editor-context';
import type { EditorState } from '../../store/editor-store';
import {
  selectActiveScene,
  selectActiveSceneIndex,
  selectLayerList,
  selectSelectedClips,
} from '../../store/selectors';
import { clipKind, clipLabel, spokenClipName } from '../layers/clip-label';
import { EDIT_MESSAGES, sentences } from './edit-messages';
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

/** "Scene 1 of 3, 3 clips": where the user is after a scene comes on. */
export function sceneMessage(state: EditorState): string {
  return EDIT_MESSAGES.sceneShown(
    selectActiveSceneIndex(state) + 1,
    state.project.scenes.length,
    selectActiveScene(state)?.clips.length ?? 0,
  );
}

/** Where a finished move, resize, rotate or layer change left the (first) selected clip, or ''. */
export function transformMessage(before: EditorState, after: EditorState): string {
  // An undo selects every clip it changed (a layer swap changes two): the one the user had wins.
  const selected = selectSelectedClips(after);
  const clip = selected.find((c) => before.selection.includes(c.id)) ?? selected[0];
  if (!clip) return '';
  const kind = describeChange(before.project, after.project);
  if (kind === MESSAGES.change.layer) {
    const layers = selectLayerList(after);
    return EDIT_MESSAGES.layerMoved(layers.indexOf(clip) + 1, layers.length);
  }
  if (clip.type === 'audio') return '';
  if (kind === MESSAGES.change.move) return MESSAGES.moved(round(clip.left), round(clip.top));
  if (kind === MESSAGES.change.resize)
    return MESSAGES.resized(
      round(clip.width * (clip.scaleX ?? 1)),
      round(clip.height * (clip.scaleY ?? 1)),
    );
  if (kind === MESSAGES.change.rotate) return MESSAGES.rotated(round(clip.angle ?? 0));
  return '';
}

/** After an undo or redo: where the document it restored left the user ("Undid: move" + this). */
export function landingMessage(before: EditorState, after: EditorState): string {
  const moved = transformMessage(before, after);
  if (moved) return moved;
  if (
    after.activeSceneId !== before.activeSceneId ||
    after.project.scenes.length !== before.project.scenes.length
  )
    return sentences(sceneMessage(after), after.selection.length ? selectionMessage(after) : '');
  return after.selection.length ? selectionMessage(after) : '';
}

interface Structure {
  message: string;
  /** What the command's later writes (activating a scene, clearing the selection) add to it. */
  note: string;
  addedSceneId?: string;
}

/** A scene added or deleted, or clips deleted from the scene on screen. */
function structureChange(before: EditorState, after: EditorState): Structure | undefined {
  const { scenes } = after.project;
  const old = before.project.scenes;
  if (scenes.length > old.length) {
    const known = new Set(old.map((s) => s.id));
    const index = scenes.findIndex((s) => !known.has(s.id));
    const message = EDIT_MESSAGES.sceneAdded(index + 1, scenes.length);
    return { message, note: message, addedSceneId: scenes[index]?.id };
  }
  if (scenes.length < old.length) {
    const kept = new Set(scenes.map((s) => s.id));
    const note = EDIT_MESSAGES.sceneDeleted(old.findIndex((s) => !kept.has(s.id)) + 1);
    return { message: sentences(note, sceneMessage(after)), note };
  }
  const was = selectActiveScene(before);
  const is = selectActiveScene(after);
  if (!was || !is || was.id !== is.id || is.clips.length >= was.clips.length) return undefined;
  const left = new Set(is.clips.map((c) => c.id));
  const gone = was.clips.filter((c) => !left.has(c.id));
  const note =
    gone.length === 1
      ? EDIT_MESSAGES.clipDeleted(spokenClipName(gone[0]!))
      : EDIT_MESSAGES.clipsDeleted(gone.length);
  return { message: note, note };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Speaks what the store says happened: a new selection or scene, a scene or clip added or deleted,
 * a move, resize or layer change once it is written (a pointer gesture writes once, at its end;
 * each key press is a write), snapping turned on or off.
 */
export function announceEditor(editor: Editor, announce: (message: string) => void): () => void {
  // A command writes more than once (delete, then clear the selection; add a scene, then show
  // it): its first write's news holds for the writes that follow in the same task.
  let pending: (Structure & { project: EditorState['project'] }) | null = null;
  const consume = (state: EditorState) => {
    const held = pending?.project === state.project ? pending : null;
    pending = null;
    return held;
  };
  return editor.store.subscribe((state, previous) => {
    const structure = state.project !== previous.project && structureChange(previous, state);
    if (structure) {
      const held = (pending = { ...structure, project: state.project });
      queueMicrotask(() => pending === held && (pending = null));
      announce(structure.message);
      return;
    }
    if (state.activeSceneId !== previous.activeSceneId) {
      const held = consume(state);
      if (held?.addedSceneId === state.activeSceneId) return;
      const selected = state.selection.length ? selectionMessage(state) : '';
      announce(sentences(held?.note ?? '', sceneMessage(state), selected));
      return;
    }
    if (!sameIds(state.selection, previous.selection)) {
      if (consume(state) && state.selection.length === 0) return;
      announce(selectionMessage(state));
      return;
    }
    if (state.snapping !== previous.snapping) announce(EDIT_MESSAGES.snapping(state.snapping));
    if (state.project !== previous.project) {
      const message = transformMessage(previous, state);
      if (message) announce(message);
    }
  });
}
