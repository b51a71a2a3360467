import { FabricObject, Textbox } from 'fabric';
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
