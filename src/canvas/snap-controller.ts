import { ActiveSelection, type Canvas, type FabricObject } from 'fabric';
import { clipBounds } from '../domain/geometry';
import type { EditorStore } from '../store/editor-store';
import { selectStageSize } from '../store/selectors';
import { clipIdOf } from './clip-object';
import type { Reconciler } from './reconciler';
import { buildSnapTargets, snapBox, type SnapTargets } from './snapping';

/** Screen px within which a moving box snaps. */
export const SNAP_SCREEN_PX = 6;

export interface Guides {
  xs: number[];
  ys: number[];
}

/**
 * Snaps moving objects to the stage frame and to other clips. Candidate lines are collected once
 * per drag (from the store's clips, not Fabric), so a pointer move costs O(log n).
 */
export function createSnapController(
  canvas: Canvas,
  store: EditorStore,
  reconciler: Reconciler,
  onGuides: (guides: Guides | null) => void,
) {
  let targets: SnapTargets | null = null;
  let showing = false;

  const movingIds = (target: FabricObject): Set<string> => {
    const members = target instanceof ActiveSelection ? target.getObjects() : [target];
    return new Set(members.flatMap((o) => clipIdOf(o) ?? []));
  };

  const collect = (target: FabricObject): SnapTargets => {
    const moving = movingIds(target);
    const boxes = [];
    for (const [id, clip] of reconciler.clips) if (!moving.has(id)) boxes.push(clipBounds(clip));
    return buildSnapTargets(selectStageSize(store.getState()), boxes);
  };

  const onMoving = ({ target }: { target: FabricObject }) => {
    if (!store.getState().snapping) {
      if (showing) onGuides(null);
      showing = false;
      return;
    }
    targets ??= collect(target);
    // Corners only: the controls' positions (the rest of setCoords, most of its cost and garbage
    // on every move) are not used until the gesture ends, when Fabric sets them.
    target.aCoords = target.calcACoords();
    const r = target.getBoundingRect();
    const threshold = SNAP_SCREEN_PX / canvas.getZoom();
    const snap = snapBox(
      { left: r.left, top: r.top, width: r.width, height: r.height },
      targets,
      threshold,
    );
    if (snap.dx !== 0 || snap.dy !== 0) {
      target.set({ left: target.left + snap.dx, top: target.top + snap.dy });
      target.setCoords();
    }
    const any = snap.guides.xs.length + snap.guides.ys.length > 0;
    if (any || showing) onGuides(any ? snap.guides : null);
    showing = any;
  };

  const end = () => {
    targets = null;
    if (showing) onGuides(null);
    showing = false;
  };

  canvas.on('object:moving', onMoving);
  canvas.on('mouse:up', end);
  return () => {
    canvas.off('object:moving', onMoving);
    canvas.off('mouse:up', end);
  };
}
