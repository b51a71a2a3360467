import { afterEach, describe, expect, it } from 'vitest';
import { simulateKeyboard, type SimulatedKeyboard } from '../../testing/simulated-input';
import { createTestEditor } from '../../testing/test-editor';

let keyboard: SimulatedKeyboard;
afterEach(() => keyboard.dispose());

/** Three shapes, bottom to top a, b, c, with a fresh history. */
function setup() {
  const ed = createTestEditor();
  keyboard = simulateKeyboard(ed);
  for (const name of ['Square', 'Circle', 'Star'] as const) ed.commands.insert.shape(name);
  ed.tick();
  ed.store.temporal.getState().clear();
  const ids = ed.scene().clips.map((c) => c.id) as [string, string, string];
  const order = () =>
    [...ed.scene().clips].sort((x, y) => (x.layer ?? 0) - (y.layer ?? 0)).map((c) => c.id);
  return { ed, ids, order };
}

describe('layer order commands, from the keyboard', () => {
  it('] and [ move the one selected clip a place up or down, one undo step a press', () => {
    const { ed, ids, order } = setup();
    const [a, b, c] = ids;
    ed.commands.clips.select([a]);
    expect(keyboard.press(']')).toBe(true);
    expect(order()).toEqual([b, a, c]);
    expect(keyboard.press(']')).toBe(true);
    expect(order()).toEqual([b, c, a]);
    expect(ed.undoDepth()).toBe(2);
    keyboard.press('[');
    expect(order()).toEqual([b, a, c]);
    ed.commands.undo();
    expect(order()).toEqual([b, c, a]);
  });

  it('at the top, ] changes nothing and writes no step', () => {
    const { ed, ids, order } = setup();
    ed.commands.clips.select([ids[2]]);
    keyboard.press(']');
    expect(order()).toEqual(ids);
    expect(ed.undoDepth()).toBe(0);
  });

  it('with two clips selected, the layer keys are disabled and left to the browser', () => {
    const { ed, ids, order } = setup();
    ed.commands.clips.select([ids[0], ids[1]]);
    expect(keyboard.press(']')).toBe(false);
    expect(order()).toEqual(ids);
  });

  it('setLayerOrder (the Layers panel drag) writes the whole order as one step', () => {
    const { ed, ids, order } = setup();
    const [a, b, c] = ids;
    ed.commands.clips.setLayerOrder([c, a, b]);
    expect(order()).toEqual([c, a, b]);
    expect(ed.undoDepth()).toBe(1);
  });
});
