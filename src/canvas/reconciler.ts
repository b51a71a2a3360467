import { ActiveSelection, type Canvas } from 'fabric';
import type { Clip, VisualClip } from '../domain/schema/clips';
import type { StageObject } from './clip-object';
import { createStageObject, updateStageObject, type ContentReady } from './fabric-objects';
import type { ImageCache } from './image-cache';
import { planReconcile } from './plan-reconcile';

/**
 * Keeps the Fabric objects in line with the active scene's clips, keyed by clip id. Only clips
 * whose object identity changed are touched; the stacking order follows `layer`.
 */
export class Reconciler {
  readonly objects = new Map<string, StageObject>();
  readonly clips = new Map<string, VisualClip>();
  private shown: readonly Clip[] | null = null;

  constructor(
    private readonly canvas: Canvas,
    private readonly ready: ContentReady,
    private readonly images: ImageCache,
  ) {}

  /** True when `obj` is still the stage object for its clip (async loads check this). */
  isCurrent(obj: StageObject): boolean {
    return this.objects.get(obj.clipId) === obj;
  }

  /** Drops every object (scene switch, dispose). */
  clear(): void {
    const all = [...this.objects.values()];
    if (all.length) this.canvas.remove(...all);
    this.objects.clear();
    this.clips.clear();
    this.shown = null;
  }

  /**
   * Applies `clips`. Returns whether the active selection had to be dissolved (objects inside
   * an ActiveSelection hold group-relative coordinates, so they are updated outside it and the
   * caller selects them again from the store).
   */
  apply(clips: readonly Clip[]): { changed: boolean; dissolvedSelection: boolean } {
    if (clips === this.shown) return { changed: false, dissolvedSelection: false };
    const plan = planReconcile(this.shown, clips);
    this.shown = clips;
    const { canvas, objects } = this;
    let dissolvedSelection = false;
    const active = canvas.getActiveObject();
    if (active instanceof ActiveSelection) {
      const touched = new Set([...plan.remove, ...plan.update.map((c) => c.id)]);
      if (active.getObjects().some((o) => touched.has((o as StageObject).clipId))) {
        canvas.discardActiveObject();
        dissolvedSelection = true;
      }
    }
    if (plan.remove.length) {
      const gone = plan.remove.flatMap((id) => objects.get(id) ?? []);
      for (const id of plan.remove) {
        objects.delete(id);
        this.clips.delete(id);
      }
      canvas.remove(...gone);
    }
    for (const clip of plan.update) {
      const obj = objects.get(clip.id);
      if (obj) updateStageObject(obj, clip, this.ready, this.images);
      this.clips.set(clip.id, clip);
    }
    if (plan.create.length) {
      const made = plan.create.map((clip) => {
        const obj = createStageObject(clip, this.ready, this.images);
        objects.set(clip.id, obj);
        this.clips.set(clip.id, clip);
        return obj;
      });
      canvas.add(...made);
    }
    this.restack(plan.order);
    const changed = plan.create.length + plan.update.length + plan.remove.length > 0;
    return { changed, dissolvedSelection };
  }

  /** Rewrites the stacking order in one pass when it differs from `order`. */
  private restack(order: readonly string[]): void {
    const list = this.canvas._objects;
    const wanted = order.flatMap((id) => this.objects.get(id) ?? []);
    if (wanted.length === list.length && wanted.every((o, i) => list[i] === o)) return;
    list.length = 0;
    list.push(...wanted);
    this.canvas._onStackOrderChanged();
  }
}
