// The stage baseline for bench/editor-edits.ts and bench/stage-work.ts: a bare Fabric canvas
// holding the same objects as the editor's bench scenes (bench/make-request.ts), caching off, with
// the editor's operations done by hand. Same objects: each shape is a Fabric Path of the outline
// the editor draws for its name, each text a Textbox in the editor's web font at the editor's
// size. The scene's avatar picture is left out (the baseline draws one object less).
import { Canvas, Path, Textbox, util, type FabricObject } from 'fabric';
import { shapePath } from '../../src/canvas/shape-paths';
import { cssFontFamily, DEFAULT_WEB_FONT, ptToPx } from '../../src/canvas/units';
import { SHAPE_NAMES } from '../../src/domain/schema/common';
import '../../src/ui/latin-faces.css';

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
const TEXT = {
  fontSize: ptToPx(18),
  fontFamily: cssFontFamily(DEFAULT_WEB_FONT),
  fill: 'rgb(0,0,0)',
};

function make(count: number, seed: number): FabricObject[] {
  return Array.from({ length: count - 1 }, (_, i) => {
    const common = {
      left: ((i + seed) * 97) % 1800,
      top: (i * 53) % 1000,
      objectCaching: false,
    };
    return i % 5 === 0
      ? new Textbox(`Label ${i}`, { ...common, ...TEXT, width: 120 })
      : new Path(shapePath(SHAPE_NAMES[i % SHAPE_NAMES.length]!, 120, 80), {
          ...common,
          fill: `rgb(${(i * 37) % 255},120,200)`,
        });
  });
}

let seed = 0;
const bare: NonNullable<Window['bare']> = {
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

// The bench waits for window.bare: it appears once the text face has loaded.
void document.fonts.load(`${TEXT.fontSize}px ${TEXT.fontFamily}`, 'Label 0').then(() => {
  window.bare = bare;
});
