import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountTestStage, type TestStage } from '../testing/test-stage';

let ed: TestStage;

/** Two 300×300 squares on a landscape (1920×1080) stage, snapping off, history empty. */
function twoSquares() {
  ed = mountTestStage();
  ed.keyboard.press('G'); // snapping off: the drags below land exactly where they are sent
  expect(ed.store.getState().snapping).toBe(false);
  const [a, b] = ed.squaresAt({ left: 200, top: 200 }, { left: 1000, top: 500 }) as [
    string,
    string,
  ];
  return { a, b };
}

/** Pointer positions are whole screen pixels: a design position is exact to one of them. */
function expectAt(clipId: string, left: number, top: number) {
  const pixel = 1 / ed.stage.getZoom();
  const clip = ed.clip(clipId) as { left: number; top: number };
  expect(Math.abs(clip.left - left), `left ${clip.left}`).toBeLessThanOrEqual(pixel);
  expect(Math.abs(clip.top - top), `top ${clip.top}`).toBeLessThanOrEqual(pixel);
}

beforeEach(() => twoSquares());
afterEach(() => ed.dispose());

describe('gesture commit: a pointer gesture on the stage is one undo step with its numbers', () => {
  it('a drag moves the clip by the distance dragged, in one step that undo takes back', async () => {
    const [a, b] = ed.scene().clips.map((c) => c.id) as [string, string];
    await ed.drag({ x: 350, y: 350 }, { x: 450, y: 300 }, 6);
    expectAt(a, 300, 150);
    expect(ed.clip(b)).toMatchObject({ left: 1000, top: 500 });
    expect(ed.store.getState().selection).toEqual([a]);
    expect(ed.undoDepth()).toBe(1);
    ed.commands.undo();
    expect(ed.clip(a)).toMatchObject({ left: 200, top: 200 });
  });

  it('dragging the bottom-right corner scales both ways about the top-left corner', async () => {
    const [a] = ed.scene().clips.map((c) => c.id) as [string];
    await ed.click({ x: 350, y: 350 });
    await ed.drag({ x: 500, y: 500 }, { x: 650, y: 650 });
    const clip = ed.clip(a);
    expect(clip).toMatchObject({ left: 200, top: 200 });
    const pixel = 1 / ed.stage.getZoom();
    expect(Math.abs(clip.scaleX! - 1.5)).toBeLessThanOrEqual(pixel / 300);
    expect(clip.scaleY).toBe(clip.scaleX);
    expect(ed.undoDepth()).toBe(1);
  });

  it('dragging the rotation handle to the right turns the clip 90° about its centre', async () => {
    const [a] = ed.scene().clips.map((c) => c.id) as [string];
    await ed.click({ x: 350, y: 350 });
    // Fabric draws the handle 40 screen px above the top edge.
    const zoom = ed.stage.getZoom();
    await ed.drag({ x: 350, y: 200 - 40 / zoom }, { x: 650, y: 350 });
    const clip = ed.clip(a);
    expect(clip.angle).toBeCloseTo(90, 0);
    // Top-left corner rotated about the centre (350, 350): from (200, 200) to (500, 200).
    expectAt(a, 500, 200);
    expect(ed.undoDepth()).toBe(1);
  });

  it('a store multi-selection drags as one: both clips move, one step', async () => {
    const [a, b] = ed.scene().clips.map((c) => c.id) as [string, string];
    ed.commands.clips.select([a, b]);
    await ed.drag({ x: 350, y: 350 }, { x: 330, y: 390 });
    expectAt(a, 180, 240);
    expectAt(b, 980, 540);
    expect(ed.undoDepth()).toBe(1);
    ed.commands.undo();
    expect([ed.clip(a).left, ed.clip(b).left]).toEqual([200, 1000]);
  });

  it('a flipped clip (a negative scale) stays flipped through edits and drags, alone or with others', async () => {
    const [a, b] = ed.scene().clips.map((c) => c.id) as [string, string];
    ed.commands.clips.transform({ [a]: { scaleX: -1 } });
    ed.tick();
    // Set again: Fabric reads a negative scale as "toggle the flip", so a second write unflipped it.
    ed.commands.clips.update(a, { opacity: 80 });
    ed.tick();
    // Drawn within its own box: grabbed at its centre, it moves by the distance dragged.
    await ed.drag({ x: 350, y: 350 }, { x: 450, y: 300 }, 6);
    expectAt(a, 300, 150);
    expect(ed.clip(a).scaleX).toBe(-1);
    ed.commands.clips.select([a, b]);
    await ed.drag({ x: 450, y: 300 }, { x: 430, y: 340 });
    expectAt(a, 280, 190);
    expectAt(b, 980, 540);
    expect(ed.clip(a)).toMatchObject({ scaleX: -1, scaleY: 1, angle: 0 });
  });

  it('a click without a move selects and writes nothing', async () => {
    const [, b] = ed.scene().clips.map((c) => c.id) as [string, string];
    await ed.click(ed.centreOf(b));
    expect(ed.store.getState().selection).toEqual([b]);
    expect(ed.undoDepth()).toBe(0);
  });

  it('a locked clip does not move under a drag', async () => {
    const [a] = ed.scene().clips.map((c) => c.id) as [string];
    ed.commands.clips.setLocked(a, true);
    ed.tick();
    const depth = ed.undoDepth();
    await ed.drag({ x: 350, y: 350 }, { x: 500, y: 500 });
    expect(ed.clip(a)).toMatchObject({ left: 200, top: 200 });
    expect(ed.undoDepth()).toBe(depth);
  });

  it('a held arrow key (down, repeats, up) is one step, and the stage object follows', async () => {
    const [a] = ed.scene().clips.map((c) => c.id) as [string];
    await ed.click({ x: 350, y: 350 });
    ed.keyboard.keyDown('Shift+ArrowRight');
    for (let i = 0; i < 4; i++) ed.keyboard.keyRepeat('Shift+ArrowRight');
    ed.keyboard.keyUp('Shift+ArrowRight');
    expect(ed.clip(a)).toMatchObject({ left: 250, top: 200 });
    expect(ed.undoDepth()).toBe(1);
    // The object moved with the clip: a drag that starts where only the new box is moves it.
    await ed.drag({ x: 520, y: 350 }, { x: 520, y: 450 });
    expectAt(a, 250, 300);
    expect(ed.undoDepth()).toBe(2);
  });
});
