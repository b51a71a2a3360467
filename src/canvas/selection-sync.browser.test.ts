import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountTestStage, type TestStage } from '../testing/test-stage';

let ed: TestStage;
let ids: [string, string, string];

beforeEach(() => {
  ed = mountTestStage();
  ed.keyboard.press('G'); // snapping off
  for (const name of ['Square', 'Circle', 'Star'] as const) ed.commands.insert.shape(name);
  ids = ed.scene().clips.map((c) => c.id) as [string, string, string];
  ed.commands.clips.transform({
    [ids[0]]: { left: 100, top: 100 },
    [ids[1]]: { left: 800, top: 100 },
    [ids[2]]: { left: 1400, top: 600 },
  });
  ed.commands.clips.clearSelection();
  ed.tick();
  ed.store.temporal.getState().clear();
});
afterEach(() => ed.dispose());

describe('selection sync: the stage and the store agree on what is selected', () => {
  it('a click on a clip selects it; a click on empty stage clears', async () => {
    await ed.click(ed.centreOf(ids[1]));
    expect(ed.store.getState().selection).toEqual([ids[1]]);
    await ed.click({ x: 50, y: 1000 });
    expect(ed.store.getState().selection).toEqual([]);
  });

  it('Shift+click adds a clip to the selection', async () => {
    await ed.click(ed.centreOf(ids[0]));
    const at = ed.stage.designToClient(ed.centreOf(ids[2]).x, ed.centreOf(ids[2]).y);
    const surface = ed.host.querySelector('canvas.upper-canvas')!;
    const init = { clientX: at.x, clientY: at.y, shiftKey: true, bubbles: true, cancelable: true };
    surface.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 }));
    surface.dispatchEvent(new MouseEvent('mouseup', init));
    expect([...ed.store.getState().selection].sort()).toEqual([ids[0], ids[2]].sort());
  });

  it('a marquee drag over empty stage selects the clips it covers', async () => {
    await ed.drag({ x: 50, y: 50 }, { x: 1300, y: 500 });
    expect([...ed.store.getState().selection].sort()).toEqual([ids[0], ids[1]].sort());
    expect(ed.undoDepth()).toBe(0);
  });

  it('a store selection becomes the stage selection: dragging one drags them all', async () => {
    ed.commands.clips.select([ids[0], ids[2]]);
    await ed.drag(ed.centreOf(ids[2]), {
      x: ed.centreOf(ids[2]).x - 100,
      y: ed.centreOf(ids[2]).y,
    });
    expect(ed.clip(ids[0]).left).toBeLessThan(100);
    expect(ed.clip(ids[1]).left).toBe(800);
    expect(ed.clip(ids[2]).left).toBeLessThan(1400);
    expect(ed.undoDepth()).toBe(1);
  });

  it('clearing the store selection (Escape) leaves nothing selected on the stage', async () => {
    await ed.click(ed.centreOf(ids[0]));
    ed.keyboard.press('Escape');
    expect(ed.store.getState().selection).toEqual([]);
    // Nothing is active: a drag from empty stage is a marquee, not a move.
    await ed.drag({ x: 10, y: 10 }, { x: 40, y: 40 });
    expect(ed.clip(ids[0])).toMatchObject({ left: 100, top: 100 });
  });

  it('Tab on the focused stage walks the clips from the top, and the stage follows', async () => {
    ed.keyboard.press('Tab', ed.host);
    expect(ed.store.getState().selection).toEqual([ids[2]]);
    ed.keyboard.press('Tab', ed.host);
    expect(ed.store.getState().selection).toEqual([ids[1]]);
    // The stage selected the same clip: an arrow key on it and a drag both move only it.
    await ed.drag(ed.centreOf(ids[1]), {
      x: ed.centreOf(ids[1]).x,
      y: ed.centreOf(ids[1]).y + 200,
    });
    expect(ed.clip(ids[1]).top).toBeGreaterThan(250);
    expect(ed.clip(ids[2]).top).toBe(600);
  });
});
