// The stage baseline for bench/editor-edits.ts: a bare Fabric canvas holding the same kind of
// objects as the editor's bench scenes, caching off, with the editor's operations done by hand.
import { Canvas, Rect, Textbox, util, type FabricObject } from 'fabric';

declare global {
  interface Window {
    bare?: {
      fill: (count: number) => void;
      switchScene: (count: number) => void;
      setAndRender: () => void;
      topmostCenter: () => { x: number; y: number };
    };
  }
}

const canvas = new Canvas('stage', { width: 1440, height: 810, renderOnAddRemove: false });
canvas.setZoom(0.75);

function make(count: number, seed: number): FabricObject[] {
  return Array.from({ length: count }, (_, i) => {
    const common = {
      left: ((i + seed) * 97) % 1800,
      top: (i * 53) % 1000,
      width: 120,
      height: 80,
      objectCaching: false,
    };
    return i % 5 === 0
      ? new Textbox(`Label ${i}`, { ...common, fontSize: 18 })
      : new Rect({ ...common, fill: `rgb(${(i * 37) % 255},120,200)` });
  });
}

let seed = 0;
window.bare = {
  fill(count) {
    canvas.clear();
    canvas.add(...make(count, seed++));
    canvas.renderAll();
  },
  // The bench times each call to the second frame after it, as it does the editor's click: the
  // calls themselves wait for no frame (they once did, which counted two frames more here).
  switchScene(count) {
    canvas.clear();
    canvas.add(...make(count, seed++));
    canvas.requestRenderAll();
  },
  // Where a pointer grabs the top object (bench/stage-work.ts drags it as it drags the editor's).
  topmostCenter() {
    const objects = canvas.getObjects();
    const p = util.transformPoint(
      objects[objects.length - 1]!.getCenterPoint(),
      canvas.viewportTransform,
    );
    const r = canvas.upperCanvasEl.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  },
  setAndRender() {
    const target = canvas.getObjects()[1]!;
    target.set({ left: (target.left ?? 0) + 10 });
    target.setCoords();
    canvas.requestRenderAll();
  },
};
