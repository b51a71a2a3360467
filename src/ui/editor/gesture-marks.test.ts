import { describe, expect, it } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { createTestEditor } from '../../testing/test-editor';
import { installGestureMarks } from './gesture-marks';

const AVATAR = 'aiModel-1h4ij5h8e87';
const key = (type: 'keydown' | 'keyup', code: string, repeat = false) =>
  window.dispatchEvent(
    new KeyboardEvent(type, { code, key: code.startsWith('Shift') ? 'Shift' : code, repeat }),
  );

describe('gesture marks decide undo steps, not a clock', () => {
  it('edits from focus to blur of a field are one step; the next focus starts another', () => {
    const ed = createTestEditor({ request: seed });
    const off = installGestureMarks(ed.commands.gestures);
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    for (const tag of ['s', 'sl', 'slo', 'slow']) {
      key('keydown', 'KeyS');
      ed.commands.clips.rename(AVATAR, tag);
      key('keyup', 'KeyS');
    }
    input.blur();
    input.focus();
    ed.commands.clips.rename(AVATAR, 'slow!');
    input.blur();
    expect(ed.undoDepth()).toBe(2);
    off();
    input.remove();
  });

  it('a held arrow is one step through its repeats; Shift held across two presses is not', () => {
    const ed = createTestEditor({ request: seed });
    const off = installGestureMarks(ed.commands.gestures);
    ed.commands.clips.select([AVATAR]);
    key('keydown', 'ShiftLeft');
    for (const repeat of [false, true, true]) {
      key('keydown', 'ArrowRight', repeat);
      ed.commands.clips.nudge(10, 0);
    }
    key('keyup', 'ArrowRight');
    key('keydown', 'ArrowRight');
    ed.commands.clips.nudge(10, 0);
    key('keyup', 'ArrowRight');
    key('keyup', 'ShiftLeft');
    expect(ed.undoDepth()).toBe(2);
    off();
  });
});
