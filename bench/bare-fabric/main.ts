// The stage baseline for bench/editor-edits.ts and bench/stage-work.ts: a bare Fabric canvas
// holding the same objects as the editor's bench scenes (bench/make-request.ts), caching off, with
// the editor's operations done by hand. Same objects: each shape is a Fabric Path of the outline
// the editor draws for its name, each text a Textbox in the editor's web font at the editor's
// size. The scene's background picture is drawn as the stage draws it: pre-scaled to its size on
// screen, one 1:1 copy per frame. The avatar's picture does not load offline, so the stage draws
// its failed-image box; the baseline draws that box and its dashed frame (not the mark inside).
import { Canvas, FabricImage, Path, Rect, Textbox, util, type FabricObject } from 'fabric';
import seedRequest from '../../src/domain/fixtures/seed-000-request.json';
import backgroundUrl from '../../public/images/background/bg_blue_gradient.png';
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
      /** Objects moved by a drag so far (`object:moving` events). */
      moves: () => number;
      view: (view: { width: number; height: number; zoom: number; x: number; y: number }) => void;
    };
  }
}

const canvas = new Canvas('stage', { width: 1440, height: 810, renderOnAddRemove: false });
canvas.setZoom(0.75); // until the bench gives it the editor's view
const TEXT = {
  fontSize: ptToPx(18),
  fontFamily: cssFontFamily(DEFAULT_WEB_FONT),
  fill: 'rgb(0,0,0)',
};

/** The failed-image box where the bench scenes' avatar stands (src/canvas/painters.ts). */
function avatarBox(): FabricObject {
  const { left, top, width, height } = seedRequest.scenes[0]!.clips[0]!;
  const frame = Math.max(2, Math.min(width, height) * 0.02);
  return new Rect({
    originX: 'left',
    originY: 'top',
    // Fabric's box includes the stroke: its outer edge at the clip's box, as the painter's.
    left,
    top,
    width: width - frame,
    height: height - frame,
    fill: '#9aa0a6',
    stroke: '#d93025',
    strokeWidth: frame,
    strokeDashArray: [frame * 3, frame * 2],
    objectCaching: false,
  });
}

function make(count: number, seed: number): FabricObject[] {
  return [
    avatarBox(),
    ...Array.from({ length: count - 1 }, (_, i) => {
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
    }),
  ];
}

/** How far bench/stage-work.ts drags (30 moves of 8 × 3 px), plus a margin. */
const DRAG_ROOM = { x: 260, y: 110 };

/** The bench scenes' background (bench/make-request.ts copies the seed's scene). */
const picture = new Image();
picture.src = backgroundUrl;
const FRAME = { width: 1920, height: 1080 };

/**
 * The background over the frame, pre-scaled to the frame's size on screen once per view, as the
 * stage keeps its pre-scaled bitmap across frames and scenes.
 */
let backdrop: { zoom: number; image: FabricImage } | null = null;
function setBackground() {
  const zoom = canvas.viewportTransform[0];
  if (backdrop?.zoom !== zoom) {
    const scaled = document.createElement('canvas');
    scaled.width = Math.round(FRAME.width * zoom);
    scaled.height = Math.round(FRAME.height * zoom);
    scaled.getContext('2d')!.drawImage(picture, 0, 0, scaled.width, scaled.height);
    const image = new FabricImage(scaled, {
      originX: 'left',
      originY: 'top',
      scaleX: FRAME.width / scaled.width,
      scaleY: FRAME.height / scaled.height,
      objectCaching: false,
    });
    backdrop = { zoom, image };
  }
  canvas.backgroundImage = backdrop.image;
}

let seed = 0;
let moves = 0;
canvas.on('object:moving', () => moves++);
const bare: NonNullable<Window['bare']> = {
  fill(count) {
    canvas.clear();
    setBackground();
    canvas.add(...make(count, seed++));
    canvas.renderAll();
  },
  // The bench times each call to the second frame after it, as it does the editor's click: the
  // calls themselves wait for no frame (they once did, which counted two frames more here).
  switchScene(count) {
    canvas.clear();
    setBackground();
    canvas.add(...make(count, seed++));
    canvas.requestRenderAll();
  },
  // Where a pointer grabs an object (bench/stage-work.ts drags it as it drags the editor's): the
  // topmost one with room on the canvas for the drag, nothing drawn over its centre (each round
  // moves it on, so a later round may pick another).
  topmostCenter() {
    // The last round's object stays selected; its handles could cover this one's centre.
    canvas.discardActiveObject();
    canvas.requestRenderAll();
    const objects = canvas.getObjects();
    const r = canvas.upperCanvasEl.getBoundingClientRect();
    for (let i = objects.length - 1; i >= 0; i--) {
      const centre = objects[i]!.getCenterPoint();
      const p = util.transformPoint(centre, canvas.viewportTransform);
      const at = { x: r.left + p.x, y: r.top + p.y };
      const room = at.x + DRAG_ROOM.x < r.right && at.y + DRAG_ROOM.y < r.bottom;
      if (room && !objects.slice(i + 1).some((above) => above.containsPoint(centre))) return at;
    }
    throw new Error('no object has room for a drag');
  },
  moves: () => moves,
  // The editor stage's canvas size and design-to-canvas transform (bench/bench-pages.ts).
  view({ width, height, zoom, x, y }) {
    canvas.setDimensions({ width, height });
    canvas.setViewportTransform([zoom, 0, 0, zoom, x, y]);
    setBackground();
    canvas.requestRenderAll();
  },
  setAndRender() {
    const target = canvas.getObjects()[2]!; // a shape (0 is the avatar's box, 1 a text)
    target.set({ left: (target.left ?? 0) + 10 });
    target.setCoords();
    canvas.requestRenderAll();
  },
};

// The bench waits for window.bare: it appears once the text face and the background have loaded.
void Promise.all([
  document.fonts.load(`${TEXT.fontSize}px ${TEXT.fontFamily}`, 'Label 0'),
  picture.decode(),
]).then(() => {
  window.bare = bare;
});
