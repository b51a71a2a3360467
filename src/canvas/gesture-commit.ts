import { ActiveSelection, type Canvas, type FabricObject } from 'fabric';
import type { ClipPatch } from '../domain/clip-edits';
import type { Commands } from '../store/commands';
import type { EditorStore } from '../store/editor-store';
import { ClipText, clipIdOf } from './clip-object';
import type { Reconciler } from './reconciler';
import { clipTransformOf, multiply, type Matrix } from './transform-math';
import { tidy } from './units';

/**
 * The document transform of a stage object, absolute even inside a multi-selection (where Fabric
 * keeps left/top relative to the selection's centre). A flip is given back as a negative scale,
 * as the clip holds it.
 */
export function absoluteTransformOf(obj: FabricObject, nearAngle: number) {
  const fx = obj.flipX ? -1 : 1;
  const fy = obj.flipY ? -1 : 1;
  if (!obj.group) {
    return {
      left: obj.left,
      top: obj.top,
      scaleX: fx * obj.scaleX,
      scaleY: fy * obj.scaleY,
      angle: obj.angle,
    };
  }
  // The flip is drawn within the box: taken out of the matrix, the box's corner and turn remain.
  const unflip: Matrix = [fx, 0, 0, fy, 0, 0];
  const own = multiply(obj.calcOwnMatrix() as Matrix, unflip);
  const m = multiply(obj.group.calcTransformMatrix() as Matrix, own);
  // Fabric's box includes the stroke width (zero on clip boxes, the outline width on text).
  const t = clipTransformOf(
    m,
    obj.width + obj.strokeWidth,
    obj.height + obj.strokeWidth,
    nearAngle,
  );
  return { ...t, scaleX: fx * t.scaleX, scaleY: fy * t.scaleY };
}

/**
 * Gesture end → one command. Nothing is written during a drag; `object:modified` (fired once on
 * pointer up) turns every moved object into one `commands.clips.transform` call = one undo step.
 * Text editing ends in one `commands.clips.update` with the new text and its measured height.
 */
export function createGestureCommit(
  canvas: Canvas,
  store: EditorStore,
  commands: Commands,
  reconciler: Reconciler,
) {
  const patchFor = (obj: FabricObject): [string, ClipPatch] | null => {
    const id = clipIdOf(obj);
    const clip = id ? reconciler.clips.get(id) : undefined;
    if (!id || !clip) return null;
    const t = absoluteTransformOf(obj, clip.angle ?? 0);
    const before: Record<string, number> = {
      left: clip.left,
      top: clip.top,
      scaleX: clip.scaleX ?? 1,
      scaleY: clip.scaleY ?? 1,
      angle: clip.angle ?? 0,
      width: clip.width,
      height: clip.height,
    };
    const after: Record<string, number> = {
      left: tidy(t.left),
      top: tidy(t.top),
      scaleX: tidy(t.scaleX, 6),
      scaleY: tidy(t.scaleY, 6),
      angle: tidy(t.angle),
    };
    // Side handles of a text box change its wrap width, not its scale; its height is measured.
    if (obj instanceof ClipText) {
      after.width = tidy(obj.width);
      after.height = tidy(obj.height);
    }
    // Only what the gesture changed, so that defaults left out of the clip stay left out.
    const patch: ClipPatch = {};
    for (const [key, value] of Object.entries(after))
      if (Math.abs(value - (before[key] ?? NaN)) > 1e-6 || before[key] === undefined)
        patch[key] = value;
    if (Object.keys(patch).length === 0) return null;
    return [id, patch];
  };

  const onModified = ({ target }: { target?: FabricObject }) => {
    if (!target) return;
    const members = target instanceof ActiveSelection ? target.getObjects() : [target];
    const patches: Record<string, ClipPatch> = {};
    for (const obj of members) {
      const entry = patchFor(obj);
      if (entry) patches[entry[0]] = entry[1];
    }
    if (Object.keys(patches).length === 0) return;
    // After Fabric has finished its pointer-up bookkeeping: the store write may rebuild the
    // multi-selection.
    queueMicrotask(() => {
      commands.endBurst();
      commands.clips.transform(patches);
      commands.endBurst();
    });
  };

  const onEditingEntered = ({ target }: { target?: FabricObject }) => {
    const id = clipIdOf(target);
    if (id) store.setState({ editingTextId: id });
  };

  /**
   * Every keystroke on the stage is written at once (autosave stores it after the frame); the
   * writes of one editing session share a key and fold into one undo step while the field keeps
   * focus.
   */
  const onTextChanged = ({ target }: { target?: FabricObject }) => {
    const id = clipIdOf(target);
    if (!id || !(target instanceof ClipText)) return;
    commands.clips.update(
      id,
      { text: target.text, width: tidy(target.width), height: tidy(target.height) },
      `stage-text:${id}`,
    );
  };

  const onEditingExited = ({ target }: { target?: FabricObject }) => {
    const id = clipIdOf(target);
    if (store.getState().editingTextId !== null) store.setState({ editingTextId: null });
    if (!id || !(target instanceof ClipText)) return;
    commands.clips.update(
      id,
      { text: target.text, width: tidy(target.width), height: tidy(target.height) },
      `stage-text:${id}`,
    );
    commands.endBurst();
  };

  canvas.on('object:modified', onModified);
  canvas.on('text:editing:entered', onEditingEntered);
  canvas.on('text:editing:exited', onEditingExited);
  canvas.on('text:changed', onTextChanged);
  return () => {
    canvas.off('text:changed', onTextChanged);
    canvas.off('object:modified', onModified);
    canvas.off('text:editing:entered', onEditingEntered);
    canvas.off('text:editing:exited', onEditingExited);
  };
}
