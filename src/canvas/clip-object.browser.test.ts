import { StaticCanvas } from 'fabric';
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
