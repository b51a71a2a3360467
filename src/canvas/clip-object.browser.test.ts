import { FabricObject, StaticCanvas } from 'fabric';
import { afterEach, describe, expect, it } from 'vitest';
import { ClipObject } from './clip-object';
import { shapePainter } from './painters';

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
  /** Rotated, scaled, see-through and stroked boxes over each other, drawn by `render`. */
  function scene(render: (obj: ClipObject, ctx: CanvasRenderingContext2D) => void) {
    const el = document.createElement('canvas');
    const canvas = new StaticCanvas(el, { width: 240, height: 180, enableRetinaScaling: false });
    canvases.push(canvas);
    canvas.setViewportTransform([0.8, 0, 0, 0.8, 12, 7]);
    const boxes = [
      { left: 20, top: 10, width: 120, height: 80, angle: 0, opacity: 1, scaleX: 1 },
      { left: 90, top: 40, width: 100, height: 70, angle: 27, opacity: 0.5, scaleX: 1.3 },
      { left: 40, top: 90, width: 160, height: 50, angle: -12, opacity: 0.8, scaleX: 0.7 },
      // Nearly flat: drawn by Fabric's render (its inverse would magnify rounding).
      { left: 60, top: 60, width: 100, height: 100, angle: 0, opacity: 1, scaleX: 1e-4 },
    ].map((box, i) => {
      const obj = new ClipObject({
        ...box,
        scaleY: box.scaleX < 1e-3 ? 1e-4 : 1,
        objectCaching: false,
      });
      obj.setPainter(
        shapePainter({
          name: i === 1 ? 'Star' : 'Rectangle_corner0',
          fill: ['#d02060', '#2060d0', '#20d060', '#000000'][i]!,
          stroke: '#102030',
          strokeWidth: 6,
          radius: i === 2 ? 12 : 0,
        }),
      );
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
    expect(fabric.saves - own.saves).toBe(3);
  });
});
