import { clipsInLayerOrder } from '../domain/clip-edits';
import { isVisual } from '../domain/clip-records';
import type { Clip, VisualClip } from '../domain/schema/clips';

/** What the stage must do to show `next` after showing `prev`. Pure: no Fabric here. */
export interface ReconcilePlan {
  /** Clips with no stage object yet. */
  create: VisualClip[];
  /** Clips whose object exists but whose clip changed (by identity: the store is immutable). */
  update: VisualClip[];
  /** Ids whose object must go. */
  remove: string[];
  /** Every visual clip id, bottom to top (layer, then document order). */
  order: string[];
}

/**
 * Diffs two clip lists by id. `prev === null` means nothing is on the stage (first mount or a
 * scene switch), so every visual clip is created.
 */
export function planReconcile(prev: readonly Clip[] | null, next: readonly Clip[]): ReconcilePlan {
  const before = new Map<string, Clip>();
  for (const clip of prev ?? []) if (isVisual(clip)) before.set(clip.id, clip);
  const ordered = clipsInLayerOrder({ clips: next });
  const create: VisualClip[] = [];
  const update: VisualClip[] = [];
  const kept = new Set<string>();
  for (const clip of ordered) {
    const old = before.get(clip.id);
    // A clip that changed type under the same id (never through commands) is rebuilt.
    if (!old || old.type !== clip.type) {
      create.push(clip);
      continue;
    }
    kept.add(clip.id);
    if (old !== clip) update.push(clip);
  }
  const remove = [...before.keys()].filter((id) => !kept.has(id));
  return { create, update, remove, order: ordered.map((c) => c.id) };
}
