import { ActiveSelection, type Canvas } from 'fabric';
import type { Clip, VisualClip } from '../domain/schema/clips';
import type { StageObject } from './clip-object';
import { createStageObject, updateStageObject, type ContentReady } from './fabric-objects';
import type { ImageCache } from './image-cache';
import { planReconcile } from './plan-reconcile';

/** A scene's objects kept off the canvas, with the clips they were last brought in line with. */
interface Parked {
  objects: Map<string, StageObject>;
  clips: Map<string, VisualClip>;
  shown: readonly Clip[] | null;
}

/** How many scenes left recently keep their objects: going back to one rebuilds only its edits. */
const PARKED_SCENES = 8;

/**
 * Keeps the Fabric objects in line with the active scene's clips, keyed by clip id. Only clips
 * whose object identity changed are touched; the stacking order follows `layer`.
 */
export class Reconciler {
  readonly objects = new Map<string, StageObject>();
  readonly clips = new Map<string, VisualClip>();
  private shown: readonly Clip[] | null = null;
  private readonly parked = new Map<string, Parked>();

  constructor(
    private readonly canvas: Canvas,
    private readonly ready: ContentReady,
    private readonly images: ImageCache,
  ) {}

  /** True when `obj` is still the stage object for its clip (async loads check this). */
  isCurrent(obj: StageObject): boolean {
    return this.objects.get(obj.clipId) === obj;
  }

  /** Every object held, shown and parked. */
  *everyObject(): Iterable<StageObject> {
    yield* this.objects.values();
    for (const kept of this.parked.values()) yield* kept.objects.values();
  }

  /** Drops every object, shown and parked (dispose). */
  clear(): void {
    this.takeOff();
    this.parked.clear();
  }

  /** Takes the shown objects off the canvas and forgets them (a scene left mid-animation). */
  takeOff(): void {
    this.detach();
  }

  private detach(): Parked {
    const taken = { objects: new Map(this.objects), clips: new Map(this.clips), shown: this.shown };
    const all = [...this.objects.values()];
    if (all.length) this.canvas.remove(...all);
    this.objects.clear();
    this.clips.clear();
    this.shown = null;
    return taken;
  }

  /** Takes the shown objects off the canvas, kept under `key` for a quick return (bring). */
  park(key: string): void {
    this.parked.delete(key);
    this.parked.set(key, this.detach());
    for (const oldest of this.parked.keys()) {
      if (this.parked.size <= PARKED_SCENES) break;
      this.parked.delete(oldest);
    }
  }

  /** Forgets the parked scenes `keep` says no to: a scene deleted, or of a project closed, would
   * otherwise hold its objects (and their pictures) until eight others push it out. */
  forgetParked(keep: (key: string) => boolean): void {
    for (const key of this.parked.keys()) if (!keep(key)) this.parked.delete(key);
  }

  /** Objects held, shown and parked. */
  held(): number {
    let count = this.objects.size;
    for (const kept of this.parked.values()) count += kept.objects.size;
    return count;
  }

  /**
   * Puts back the objects parked under `key`, if kept, as they were; the next apply() then
   * touches only the clips that changed since (by identity). Call on an empty stage.
   */
  bring(key: string): void {
    const kept = this.parked.get(key);
    if (!kept || this.objects.size) return;
    this.parked.delete(key);
    for (const [id, obj] of kept.objects) this.objects.set(id, obj);
    for (const [id, clip] of kept.clips) this.clips.set(id, clip);
    this.shown = kept.shown;
    if (kept.objects.size) this.canvas.add(...kept.objects.values());
  }

  /**
   * Applies `clips`. Returns whether the active selection had to be dissolved (objects inside
   * an ActiveSelection hold group-relative coordinates, so they are updated outside it and the
   * caller selects them again from the store).
   */
  apply(clips: readonly Clip[]): { created: number; dissolvedSelection: boolean } {
    if (clips === this.shown) return { created: 0, dissolvedSelection: false };
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
    return { created: plan.create.length, dissolvedSelection };
  }

  /** Rewrites the stacking order in one pass when it differs from `order`. */
  private restack(order: readonly string[]): void {
    const list = this.canvas._objects;
    const { objects } = this;
    if (order.length === list.length && order.every((id, i) => objects.get(id) === list[i])) return;
    const wanted = order.flatMap((id) => objects.get(id) ?? []);
    list.length = 0;
    list.push(...wanted);
    this.canvas._onStackOrderChanged();
  }
}
