import { FabricObject, StaticCanvas } from 'fabric';
import { afterEach, describe, expect, it } from 'vitest';
import { ClipObject } from './clip-object';
import type { ShapeName } from '../domain/schema/common';
import { brokenImagePainter, shapePainter } from './painters';

const canvases: StaticCanvas[] = [];
afterEach(async () => {
  for (const c of canvases.splice(0)) await c.dispose();
});

function drawn(objectCaching: boolean, redraws: number) {
  const el = document.createElement('canvas');
  const canvas = new StaticCanvas(el, { width: 200, height: 150, enableRetinaScaling: false });
  canvases.push(canvas);
  const obj = new ClipObject({ left: 40, top: 30, width: 100, height: 60, objectCaching });
  obj.setPainter(
    shapePainter({ name: 'Star', fill: '#d02060', stroke: '#102030', strokeWidth: 6 }),
  );
  canvas.add(obj);
  for (let i = 0; i <= redraws; i++) {
    obj.dirty = true; // the cache is drawn again on the same context, as after an edit
    canvas.renderAll();
  }
  return el.getContext('2d')!.getImageData(0, 0, 200, 150).data;
}

describe('a clip object drawn again', () => {
  it('lands where it was drawn the first time, cached or not', () => {
    const plain = drawn(false, 0);
    const cached = drawn(true, 0);
    const covered = (px: Uint8ClampedArray) => px.filter((v, i) => i % 4 === 3 && v > 0).length;
    expect(covered(plain)).toBeGreaterThan(1000);
    // A cache is drawn with its own rounding: the same pixels covered, give or take an edge.
    expect(Math.abs(covered(cached) - covered(plain))).toBeLessThan(covered(plain) * 0.1);
    expect(drawn(true, 5)).toEqual(cached);
    expect(drawn(false, 5)).toEqual(plain);
  });
});

describe('a clip object drawn without a save of the drawing state', () => {
  /** Rotated, scaled, see-through, stroked and broken-image boxes over each other, drawn by `render`. */
  function scene(render: (obj: ClipObject, ctx: CanvasRenderingContext2D) => void) {
    const el = document.createElement('canvas');
    const canvas = new StaticCanvas(el, { width: 240, height: 180, enableRetinaScaling: false });
    canvases.push(canvas);
    canvas.setViewportTransform([0.8, 0, 0, 0.8, 12, 7]);
    const stroked = (name: ShapeName, fill: string, radius = 0) =>
      shapePainter({ name, fill, stroke: '#102030', strokeWidth: 6, radius });
    const boxes = (
      [
        [{ left: 20, top: 10, width: 120, height: 80 }, stroked('Rectangle_corner0', '#d02060')],
        [
          { left: 90, top: 40, width: 100, height: 70, angle: 27, opacity: 0.5, scaleX: 1.3 },
          stroked('Star', '#2060d0'),
        ],
        // Nearly flat: drawn by Fabric's render (its inverse would magnify rounding into the
        // clips drawn after it, which these would show).
        [
          { left: 60, top: 60, width: 100, height: 100, scaleX: 1e-4, scaleY: 1e-4 },
          stroked('Rectangle_corner0', '#000000'),
        ],
        [
          { left: 40, top: 90, width: 160, height: 50, angle: -12, opacity: 0.8, scaleX: 0.7 },
          stroked('Rectangle_corner0', '#20d060', 12),
        ],
        // Strokes its frame with the line join it finds: a shape's round join must not leak.
        [{ left: 150, top: 100, width: 80, height: 60, angle: 8 }, brokenImagePainter],
      ] as const
    ).map(([box, painter]) => {
      const obj = new ClipObject({ ...box, objectCaching: false });
      obj.setPainter(painter);
      obj.render = (ctx) => render(obj, ctx);
      return obj;
    });
    canvas.add(...boxes);
    const saves = { count: 0 };
    const ctx = el.getContext('2d')!;
    const save = ctx.save.bind(ctx);
    ctx.save = () => void (saves.count++, save());
    canvas.renderAll();
    return { pixels: ctx.getImageData(0, 0, 240, 180).data, saves: saves.count };
  }

  it('draws exactly what Fabric’s own render draws, with no save per object', () => {
    const own = scene((obj, ctx) => ClipObject.prototype.render.call(obj, ctx));
    const fabric = scene((obj, ctx) => FabricObject.prototype.render.call(obj, ctx));
    expect(own.pixels).toEqual(fabric.pixels);
    // One save fewer for each clip but the flat one.
    expect(fabric.saves - own.saves).toBe(4);
  });
});
