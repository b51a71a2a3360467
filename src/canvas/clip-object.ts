import { FabricObject, Textbox, util } from 'fabric';
import type { Painter } from './painters';

/**
 * The stage object for image, avatar, shape and video clips: a plain box of the clip's intrinsic
 * width×height whose content is drawn by a painter (so images are drawn scaled into the box,
 * unlike FabricImage which crops). Fabric caches it like any object.
 */
export class ClipObject extends FabricObject {
  clipId = '';
  painter: Painter | null = null;
  /** Which source the painter shows, so an update knows whether to reload. */
  sourceKey = '';
  shadowKey = '';

  // No save and restore (one per clip per frame): the translation is undone by hand, because a
  // cached object's context is drawn on again without a reset. Painters leave the transform as
  // they found it; what else they set, each sets before it draws.
  override _render(ctx: CanvasRenderingContext2D): void {
    if (!this.painter) return;
    ctx.translate(-this.width / 2, -this.height / 2);
    this.painter(ctx, this.width, this.height);
    ctx.translate(this.width / 2, this.height / 2);
  }

  /**
   * Fabric's render without the context's save and restore. Each save copies the whole drawing
   * state into the page's garbage-collected heap: a drag's frames over a 250-clip scene left
   * enough of them for a full collection after the drop. What is changed here is undone by hand
   * (the transform by its inverse, the opacity by its old value; painters leave the rest set only
   * to what the next drawer sets again). A shadow, cache, clip path, group, blend or a (nearly)
   * flat box keeps Fabric's own render.
   */
  override render(ctx: CanvasRenderingContext2D): void {
    if (
      this.shadow ||
      this.clipPath ||
      this.group ||
      this.selectionBackgroundColor ||
      this.globalCompositeOperation !== 'source-over' ||
      this.shouldCache()
    )
      return super.render(ctx);
    const m = this.calcTransformMatrix();
    // Nearly flat, its inverse would magnify rounding into every clip drawn after it.
    if (Math.abs(m[0] * m[3] - m[1] * m[2]) < 1e-6) return super.render(ctx);
    if (this.isNotVisible()) return;
    if (this.canvas?.skipOffscreen && !this.isOnScreen()) return;
    const alpha = ctx.globalAlpha;
    ctx.transform(m[0], m[1], m[2], m[3], m[4], m[5]);
    ctx.globalAlpha = alpha * this.opacity;
    this._removeCacheCanvas();
    this.drawObject(ctx, false, {});
    this.dirty = false;
    ctx.globalAlpha = alpha;
    const back = util.invertTransform(m);
    ctx.transform(back[0], back[1], back[2], back[3], back[4], back[5]);
  }

  setPainter(painter: Painter, sourceKey = this.sourceKey): void {
    this.painter = painter;
    this.sourceKey = sourceKey;
    this.dirty = true;
  }
}

/** A text clip: Fabric's Textbox (its hidden textarea gives IME composition) tagged with its id. */
export class ClipText extends Textbox {
  clipId = '';
  /** The web font family the text is waiting for, if any. */
  fontKey = '';
  shadowKey = '';
}

export type StageObject = ClipObject | ClipText;

export const clipIdOf = (obj: unknown): string | undefined =>
  obj instanceof ClipObject || obj instanceof ClipText ? obj.clipId : undefined;

/**
 * A non-document layer painted under or over the clips (background, dim, guides). Fabric calls
 * `render` with the viewport transform applied, in design coordinates.
 */
export class PaintedLayer extends FabricObject {
  paint: ((ctx: CanvasRenderingContext2D) => void) | null = null;

  override render(ctx: CanvasRenderingContext2D): void {
    if (!this.paint) return;
    ctx.save();
    this.paint(ctx);
    ctx.restore();
  }
}
