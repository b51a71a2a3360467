import { afterEach, describe, expect, it } from 'vitest';
import { simulateKeyboard, type SimulatedKeyboard } from '../../testing/simulated-input';
import { createTestEditor } from '../../testing/test-editor';
import { actionById } from '../actions/action-table';

let keyboard: SimulatedKeyboard;
afterEach(() => keyboard.dispose());

describe('session toggles go through the action table and are never undo steps', () => {
  it('G toggles snapping; the action reports it as pressed', () => {
    const ed = createTestEditor();
    keyboard = simulateKeyboard(ed);
    const snap = actionById('toggle-snapping');
    expect(snap.pressed!(ed)).toBe(true);
    expect(keyboard.press('G')).toBe(true);
    expect(ed.store.getState().snapping).toBe(false);
    expect(snap.pressed!(ed)).toBe(false);
    keyboard.press('G');
    expect(ed.store.getState().snapping).toBe(true);
    expect(ed.undoDepth()).toBe(0);
  });

  it('the face guide toggles from its toolbar action and leaves redo alone', () => {
    const ed = createTestEditor();
    keyboard = simulateKeyboard(ed);
    ed.commands.insert.shape('Square');
    ed.commands.undo();
    expect(ed.commands.canRedo()).toBe(true);
    const face = actionById('toggle-face-guide');
    face.perform({ editor: ed, open: () => undefined, announce: () => undefined, coarse: false });
    expect(ed.store.getState().showFaceGuide).toBe(true);
    expect(face.pressed!(ed)).toBe(true);
    expect(ed.commands.canRedo()).toBe(true);
  });

  it('Space plays and pauses only while the preview is open', () => {
    const ed = createTestEditor();
    keyboard = simulateKeyboard(ed);
    expect(keyboard.press(' ')).toBe(false);
    ed.commands.playback.open();
    keyboard.press(' ');
    expect(ed.commands.playback.store.getState().playing).toBe(true);
    keyboard.press(' ');
    expect(ed.commands.playback.store.getState().playing).toBe(false);
    ed.commands.playback.close();
  });

  it('? opens the cheat sheet; nothing is written', () => {
    const ed = createTestEditor();
    keyboard = simulateKeyboard(ed);
    keyboard.press('?');
    expect(keyboard.opened).toEqual(['help']);
    expect(ed.undoDepth()).toBe(0);
  });
});
