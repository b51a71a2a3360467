import { afterEach, describe, expect, it } from 'vitest';
import { simulateKeyboard, type SimulatedKeyboard } from '../../testing/simulated-input';
import { createTestEditor } from '../../testing/test-editor';
import { STAGE_FOCUS_ATTR } from '../keyboard/shortcuts';

let keyboard: SimulatedKeyboard;
const stageEl = document.createElement('div');
stageEl.setAttribute(STAGE_FOCUS_ATTR, '');
document.body.append(stageEl);
afterEach(() => keyboard.dispose());

function setup() {
  const ed = createTestEditor();
  keyboard = simulateKeyboard(ed);
  ed.commands.insert.shape('Square');
  ed.commands.insert.text('Title');
  ed.commands.insert.audio('/music.mp3', 'Music');
  ed.commands.clips.clearSelection();
  ed.tick();
  const [shape, text, audio] = ed.scene().clips.map((c) => c.id) as [string, string, string];
  return { ed, shape, text, audio, selection: () => ed.store.getState().selection };
}

describe('selection commands, from the keyboard', () => {
  it('Ctrl+A selects every clip on the stage (audio has no place there); Escape clears', () => {
    const { ed, shape, text, selection } = setup();
    keyboard.press('Mod+A');
    expect(selection()).toEqual([shape, text]);
    keyboard.press('Escape');
    expect(selection()).toEqual([]);
    expect(ed.undoDepth()).toBe(3); // the three inserts; selecting writes no step
  });

  it('Tab walks the clips top first, only while the stage has focus', () => {
    const { shape, text, selection } = setup();
    expect(keyboard.press('Tab')).toBe(false);
    expect(selection()).toEqual([]);
    keyboard.press('Tab', stageEl);
    expect(selection()).toEqual([text]);
    keyboard.press('Tab', stageEl);
    expect(selection()).toEqual([shape]);
    keyboard.press('Shift+Tab', stageEl);
    expect(selection()).toEqual([text]);
  });

  it('past the last clip Tab is left to the browser, so focus can leave the stage', () => {
    const { ed, shape } = setup();
    ed.commands.clips.select([shape]);
    expect(keyboard.press('Tab', stageEl)).toBe(false);
  });

  it('no shortcut fires while a field has focus', () => {
    const { selection } = setup();
    const input = document.createElement('input');
    document.body.append(input);
    expect(keyboard.press('Mod+A', input)).toBe(false);
    expect(selection()).toEqual([]);
    input.remove();
  });
});
