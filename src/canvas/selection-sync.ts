import { ActiveSelection, type Canvas } from 'fabric';
import type { Commands } from '../store/commands';
import type { EditorStore } from '../store/editor-store';
import { clipIdOf } from './clip-object';
import type { Reconciler } from './reconciler';

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Two-way selection sync. Fabric's selection events become `commands.clips.select`; a store
 * selection becomes the active object. `guard` marks our own Fabric calls so they do not echo.
 */
export function createSelectionSync(
  canvas: Canvas,
  store: EditorStore,
  commands: Commands,
  reconciler: Reconciler,
  guard: { active: boolean },
) {
  const activeIds = (): string[] => canvas.getActiveObjects().flatMap((o) => clipIdOf(o) ?? []);

  const fromFabric = () => {
    if (guard.active) return;
    const ids = activeIds();
    if (!sameIds(ids, store.getState().selection)) commands.clips.select(ids);
  };
  canvas.on('selection:created', fromFabric);
  canvas.on('selection:updated', fromFabric);
  canvas.on('selection:cleared', fromFabric);

  /** Shows the store's selection; `force` rebuilds a multi-selection even with the same ids. */
  const fromStore = (force = false) => {
    const ids = store.getState().selection.filter((id) => reconciler.objects.has(id));
    const current = activeIds();
    if (!force && sameIds([...ids].sort(), [...current].sort())) return;
    const active = canvas.getActiveObject();
    // Never pull the object out from under a text being edited.
    if (active && 'isEditing' in active && active.isEditing && ids.includes(clipIdOf(active) ?? ''))
      return;
    guard.active = true;
    try {
      const objs = ids.flatMap((id) => reconciler.objects.get(id) ?? []);
      if (objs.length === 0) canvas.discardActiveObject();
      else if (objs.length === 1) canvas.setActiveObject(objs[0]!);
      else {
        canvas.discardActiveObject();
        // Bottom-to-top, as on the canvas, so the selection draws like the stage.
        const order = new Map(canvas._objects.map((o, i) => [o, i]));
        objs.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
        canvas.setActiveObject(new ActiveSelection(objs, { canvas }));
      }
    } finally {
      guard.active = false;
    }
    canvas.requestRenderAll();
  };

  return {
    fromStore,
    dispose: () => {
      canvas.off('selection:created', fromFabric);
      canvas.off('selection:updated', fromFabric);
      canvas.off('selection:cleared', fromFabric);
    },
  };
}
