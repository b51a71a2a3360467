import { isLocked, patchClips, type ClipPatch } from '../domain/clip-edits';
import type { Project } from '../domain/project';
import { turnedInPlace } from '../domain/geometry';
import type { Clip } from '../domain/schema/clips';
import type { EditorStore } from './editor-store';
import { selectLayerList, selectSelectedClips } from './selectors';

type Edit = (fn: (p: Project, sceneId: string) => Project, coalesce?: string) => boolean;

/** Clips a keyboard transform may change: on the stage and not locked. */
const movable = (clip: Clip) => clip.type !== 'audio' && !isLocked(clip);

/**
 * Keyboard transforms of the selection. A held key repeats into one undo step (the key is one
 * gesture, see gesture-marks), and each write names its kind so the fold stays within one kind.
 */
export function createTransformCommands(store: EditorStore, edit: Edit) {
  const patchSelected = (coalesce: string, patchOf: (clip: Clip) => ClipPatch) => {
    const patches: Record<string, ClipPatch> = {};
    for (const clip of selectSelectedClips(store.getState()))
      if (movable(clip)) patches[clip.id] = patchOf(clip);
    return edit((p, s) => patchClips(p, s, patches), coalesce);
  };
  const scales = (clip: Clip) => ({ sx: clip.scaleX ?? 1, sy: clip.scaleY ?? 1 });

  return {
    /** Free resize: the drawn width and height grow by `dw` and `dh` design pixels; a flip (a
     * negative scale) stays. */
    resizeBy: (dw: number, dh: number) =>
      patchSelected('resize', (clip) => {
        const { sx, sy } = scales(clip);
        const w = Math.max(1, Math.abs((clip.width ?? 0) * sx) + dw);
        const h = Math.max(1, Math.abs((clip.height ?? 0) * sy) + dh);
        return {
          scaleX: clip.width ? (Math.sign(sx) || 1) * (w / clip.width) : sx,
          scaleY: clip.height ? (Math.sign(sy) || 1) * (h / clip.height) : sy,
        };
      }),
    /** Resize keeping the aspect: both scales multiply by `factor`. */
    scaleBy: (factor: number) =>
      patchSelected('resize', (clip) => {
        const { sx, sy } = scales(clip);
        return { scaleX: sx * factor, scaleY: sy * factor };
      }),
    /** Rotates each clip in place (about its centre) by `degrees`, kept within 0–360. */
    rotateBy: (degrees: number) =>
      patchSelected('rotate', (clip) =>
        turnedInPlace(clip, ((((clip.angle ?? 0) + degrees) % 360) + 360) % 360),
      ),
    /**
     * Selects the next (+1) or previous (-1) clip in the Layers order (top first). Past either end
     * the selection clears and false comes back, so focus may leave the stage.
     */
    selectStep: (direction: 1 | -1): boolean => {
      const state = store.getState();
      const ids = selectLayerList(state).map((c) => c.id);
      const current = state.selection.length === 1 ? ids.indexOf(state.selection[0]!) : -1;
      const next = current < 0 ? (direction === 1 ? 0 : ids.length - 1) : current + direction;
      const id = ids[next];
      store.setState({ selection: id ? [id] : [] });
      return id !== undefined;
    },
  };
}

/** Session toggles: never undo steps, but still one way in for every caller. */
export function createSessionCommands(store: EditorStore) {
  return {
    toggleSnapping: () => store.setState({ snapping: !store.getState().snapping }),
    toggleFaceGuide: () => store.setState({ showFaceGuide: !store.getState().showFaceGuide }),
  };
}
