import { describe, expect, it } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { createTestEditor } from '../../testing/test-editor';
import { handleShortcut, isTypingTarget } from './shortcuts';

const AVATAR = 'aiModel-1h4ij5h8e87';

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('keyboard shortcuts', () => {
  it('do nothing while the user types in a field', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.clips.select([AVATAR]);
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    for (const target of [input, textarea]) {
      expect(handleShortcut(press(target, 'Backspace'), ed, () => undefined)).toBe(false);
      expect(handleShortcut(press(target, 'z', { ctrlKey: true }), ed, () => undefined)).toBe(
        false,
      );
    }
    expect(ed.scene().clips).toHaveLength(1);
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(handleShortcut(press(checkbox, 'Backspace'), ed, () => undefined)).toBe(false);
    expect(ed.scene().clips).toHaveLength(1);
  });

  it('do nothing while text is edited on the stage', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.clips.select([AVATAR]);
    ed.store.setState({ editingTextId: AVATAR });
    expect(handleShortcut(press(document.body, 'Delete'), ed, () => undefined)).toBe(false);
    expect(ed.scene().clips).toHaveLength(1);
  });

  it('act on the stage: delete, nudge, layer, undo, help', () => {
    const ed = createTestEditor({ request: seed });
    let help = 0;
    ed.commands.clips.select([AVATAR]);
    expect(
      handleShortcut(press(document.body, 'ArrowLeft', { shiftKey: true }), ed, () => help++),
    ).toBe(true);
    expect(ed.clip(AVATAR).left).toBeCloseTo(seed.scenes[0]!.clips[0]!.left - 10);
    handleShortcut(press(document.body, '?'), ed, () => help++);
    expect(help).toBe(1);
    handleShortcut(press(document.body, 'Delete'), ed, () => undefined);
    expect(ed.scene().clips).toHaveLength(0);
    handleShortcut(press(document.body, 'z', { ctrlKey: true }), ed, () => undefined);
    expect(ed.scene().clips).toHaveLength(1);
  });

  it('knows which targets are typing targets', () => {
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const div = document.createElement('div');
    div.contentEditable = 'true';
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(Object.assign(document.createElement('input'), { type: 'range' }))).toBe(
      true,
    );
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });

  it('Space plays and pauses the preview while it is open, and is left alone otherwise', () => {
    const ed = createTestEditor({ request: seed });
    expect(handleShortcut(press(document.body, ' '), ed, () => undefined)).toBe(false);
    ed.commands.playback.open();
    const space = press(document.body, ' ');
    expect(handleShortcut(space, ed, () => undefined)).toBe(true);
    expect(space.defaultPrevented).toBe(true);
    expect(ed.commands.playback.store.getState().playing).toBe(true);
    handleShortcut(press(document.body, ' '), ed, () => undefined);
    expect(ed.commands.playback.store.getState().playing).toBe(false);
    expect(ed.undoDepth()).toBe(0);
  });
});
