import { afterEach, describe, expect, it } from 'vitest';
import { mountTestStage, type TestStage } from '../testing/test-stage';

let ed: TestStage;
let ids: string[];

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};
/** Moves a clip and back: the same picture, drawn anew (the stage's last snapshot is stale). */
const redraw = async () => {
  const { left } = ed.clip(ids[0]!) as { left: number };
  ed.commands.clips.transform({ [ids[0]!]: { left: left + 1 } });
  ed.commands.clips.transform({ [ids[0]!]: { left } });
  await frames();
};
/** A snapshot and how many stage renders taking it cost. */
function snapshot() {
  const before = ed.stage.stats().renders;
  const url = ed.stage.snapshot(0.1)!;
  return { url, renders: ed.stage.stats().renders - before };
}
async function pixels(url: string) {
  const img = new Image();
  img.src = url;
  await img.decode();
  const c = Object.assign(document.createElement('canvas'), {
    width: img.width,
    height: img.height,
  });
  const ctx = c.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, c.width, c.height);
}
/** Mean difference per channel, over the whole picture and over its one-pixel border. */
function difference(a: ImageData, b: ImageData) {
  let all = 0;
  let edge = 0;
  let edgeCount = 0;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++) {
      const onEdge = x === 0 || y === 0 || x === a.width - 1 || y === a.height - 1;
      for (let k = 0; k < 3; k++) {
        const d = Math.abs(a.data[(y * a.width + x) * 4 + k]! - b.data[(y * a.width + x) * 4 + k]!);
        all += d;
        if (onEdge) {
          edge += d;
          edgeCount++;
        }
      }
    }
  return { all: all / (a.width * a.height * 3), edge: edge / edgeCount };
}

const screenRatio = window.devicePixelRatio;
/** A screen of another pixel ratio: the stage reads it from the window (viewport.ts). */
const setRatio = (value: number) =>
  Object.defineProperty(window, 'devicePixelRatio', { value, configurable: true });

async function mount(devicePixelRatio = 1) {
  setRatio(devicePixelRatio);
  ed = mountTestStage();
  for (const name of ['Square', 'Circle', 'Star'] as const) ed.commands.insert.shape(name);
  ids = ed.scene().clips.map((c) => c.id);
  ed.commands.clips.transform({
    // The square overflows the frame's left edge: outside, it must not bleed into the picture.
    [ids[0]!]: { left: -60, top: 100 },
    [ids[1]!]: { left: 800, top: 300 },
    [ids[2]!]: { left: 1400, top: 600 },
  });
  ed.commands.clips.clearSelection();
  await frames();
}
afterEach(() => {
  ed.dispose();
  setRatio(screenRatio);
});

describe('a thumbnail copied from the frame the stage drew', () => {
  it('costs no second draw of the clips', async () => {
    await mount();
    const before = ed.stage.stats();
    const shot = snapshot();
    expect(shot.url).toMatch(/^data:image\/jpeg;base64,/);
    expect(shot.renders).toBe(0);
    expect(ed.stage.stats().snapshots - before.snapshots).toBe(1);
  });

  it('leaves out the selection controls drawn over the clips', async () => {
    await mount();
    await redraw();
    const plain = snapshot();
    ed.commands.clips.select([ids[1]!]);
    await redraw();
    const selected = snapshot();
    expect([plain.renders, selected.renders]).toEqual([0, 0]);
    expect(selected.url).toBe(plain.url);
  });

  for (const ratio of [1, 2])
    it(`matches a full draw of the frame, edges included (device pixel ratio ${ratio})`, async () => {
      await mount(ratio);
      ed.stage.zoomTo(3); // the frame is no longer wholly on the stage: drawn in full
      await redraw();
      const lower = ed.host.querySelector('canvas.lower-canvas') as HTMLCanvasElement;
      expect(lower.width).toBe(Math.round(lower.getBoundingClientRect().width * ratio));
      const drawn = snapshot();
      expect(drawn.renders).toBe(1);
      ed.stage.zoomToFit();
      await redraw();
      const copied = snapshot();
      expect(copied.renders).toBe(0);
      const d = difference(await pixels(drawn.url), await pixels(copied.url));
      // Scaled down from the frame rather than drawn small: edges of shapes differ by a little.
      expect(d.all).toBeLessThan(3);
      expect(d.edge).toBeLessThan(6);
    });
});

describe("the shown scene's card, drawn by the stage", () => {
  /** A card canvas shown the frames of the active scene, and what it holds. */
  function card(sceneId = ed.scene().id) {
    const canvas = document.createElement('canvas');
    canvas.hidden = true;
    ed.stage.showFrameIn(canvas, sceneId);
    const seen = () => canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    return { canvas, seen };
  }
  const moveSquare = (left: number) => ed.commands.clips.transform({ [ids[0]!]: { left } });

  it('gets each settled frame in the same frame the stage drew', async () => {
    await mount();
    const { canvas, seen } = card();
    // Shown at once: the stage already holds a copy of the current picture.
    expect(canvas.hidden).toBe(false);
    expect(canvas.dataset.current).toBe('true');
    expect([canvas.width, canvas.height]).toEqual([192, 108]);
    const first = seen();
    const before = ed.stage.stats().renders;
    moveSquare(700);
    await frames(1);
    expect(ed.stage.stats().renders - before).toBe(1);
    expect(difference(first, seen()).all).toBeGreaterThan(0.5);
    // The card holds what a thumbnail of the same frame holds.
    const d = difference(seen(), await pixels(ed.stage.snapshot(0.1)!));
    expect(d.all).toBeLessThan(3);
  });

  it('keeps its last picture while the stage can copy none; a full draw brings it up to date', async () => {
    await mount();
    const { canvas, seen } = card();
    const fitted = seen();
    ed.stage.zoomTo(3); // the frame is no longer wholly on the stage: nothing to copy
    moveSquare(700);
    await frames();
    expect(canvas.hidden).toBe(false);
    expect(canvas.dataset.current).toBe('false');
    expect(difference(fitted, seen()).all).toBe(0);
    ed.stage.snapshot(0.1); // drawn in full, as the strip does once edits settle
    expect(canvas.dataset.current).toBe('true');
    const drawn = seen();
    expect(difference(fitted, drawn).all).toBeGreaterThan(0.5);
    ed.stage.zoomToFit();
    await redraw();
    expect(canvas.dataset.current).toBe('true');
    expect(difference(drawn, seen()).all).toBeLessThan(3);
  });

  it('shows only its own scene, and nothing once it stops', async () => {
    await mount();
    const other = card('another-scene');
    expect(other.canvas.hidden).toBe(true);
    ed.stage.snapshot(0.1);
    expect(other.canvas.hidden).toBe(true);
    const { seen } = card();
    // A card leaving after the next one came leaves the next one shown.
    ed.stage.showFrameIn(null, 'another-scene');
    const shown = seen();
    moveSquare(700);
    await frames();
    expect(difference(shown, seen()).all).toBeGreaterThan(0.5);
    ed.stage.showFrameIn(null, ed.scene().id);
    const still = seen();
    moveSquare(100);
    await frames();
    expect(difference(still, seen()).all).toBe(0);
  });
});
