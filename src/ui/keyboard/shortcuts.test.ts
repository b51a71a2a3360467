import { describe, expect, it } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import four from '../../domain/fixtures/four-clip-landscape-request.json';
import { createTestEditor } from '../../testing/test-editor';
import { ACTIONS } from '../actions/action-table';
import type { Action } from '../actions/action-types';
import { chordEventInit } from '../actions/keys';
import { handleShortcut, isTypingTarget, STAGE_FOCUS_ATTR } from './shortcuts';

const AVATAR = 'aiModel-1h4ij5h8e87';

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function stageElement() {
  const el = document.createElement('div');
  el.setAttribute(STAGE_FOCUS_ATTR, '');
  return el;
}

function setup(request: unknown = seed) {
  const ed = createTestEditor({ request });
  const opened: string[] = [];
  const spoken: string[] = [];
  const ctx = {
    editor: ed,
    open: (panel: string) => opened.push(panel),
    announce: (m: string) => spoken.push(m),
  };
  const key = (k: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
    handleShortcut(press(target, k, init), ctx);
  return { ed, ctx, opened, spoken, key };
}

describe('keyboard shortcuts', () => {
  it('do nothing while the user types in a field', () => {
    const { ed, key } = setup();
    ed.commands.clips.select([AVATAR]);
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    for (const target of [input, textarea, editable]) {
      expect(key('Backspace', {}, target)).toBe(false);
      expect(key('ArrowLeft', {}, target)).toBe(false);
      expect(key('z', { ctrlKey: true }, target)).toBe(false);
    }
    expect(ed.scene().clips).toHaveLength(1);
    expect(ed.undoDepth()).toBe(0);
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(key('Backspace', {}, checkbox)).toBe(false);
    expect(ed.scene().clips).toHaveLength(1);
  });

  it('keep the browser’s own undo and redo out of every field but the one typed in', () => {
    const { ed, key } = setup();
    const chords: KeyboardEventInit[] = [
      { ctrlKey: true },
      { metaKey: true },
      { ctrlKey: true, shiftKey: true },
    ];
    const undo = (init: KeyboardEventInit, target: EventTarget = document.body) => {
      const event = press(target, init.shiftKey ? 'Z' : 'z', init);
      handleShortcut(event, { editor: ed, open: () => {}, announce: () => {} });
      return event.defaultPrevented;
    };
    // Nothing to undo yet: the key is still the editor's.
    for (const init of chords) expect(undo(init)).toBe(true);
    expect(key('y', { ctrlKey: true })).toBe(false);
    const dialog = document.body.appendChild(document.createElement('div'));
    dialog.setAttribute('role', 'dialog');
    try {
      ed.commands.clips.select([AVATAR]);
      ed.commands.clips.nudge(10, 0);
      for (const init of chords) expect(undo(init)).toBe(true);
      // A select, a slider or a checkbox holds no typing of its own to undo.
      const select = document.createElement('select');
      const slider = Object.assign(document.createElement('input'), { type: 'range' });
      const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
      for (const target of [select, slider, box])
        expect(undo({ ctrlKey: true }, target)).toBe(true);
      expect(ed.undoDepth()).toBe(1);
    } finally {
      dialog.remove();
    }
    const number = Object.assign(document.createElement('input'), { type: 'number' });
    for (const target of [document.createElement('textarea'), number])
      expect(undo({ ctrlKey: true }, target)).toBe(false);
  });

  it('do nothing while text is edited on the stage', () => {
    const { ed, key } = setup();
    ed.commands.clips.select([AVATAR]);
    ed.store.setState({ editingTextId: AVATAR });
    expect(key('Delete')).toBe(false);
    expect(ed.scene().clips).toHaveLength(1);
  });

  it('fire every action that has keys, from each of its bindings, on a real store', () => {
    for (const action of ACTIONS.filter((a) => a.keys?.length)) {
      for (const binding of action.keys!) {
        const { ed, ctx } = setup(four);
        const [top] = ed.scene().clips.filter((c) => c.type === 'shape');
        ed.commands.clips.select([top!.id]);
        ed.commands.clips.copy();
        if (action.id === 'redo') {
          ed.commands.clips.nudge(1, 0);
          ed.commands.undo();
        }
        if (action.id === 'undo') ed.commands.clips.nudge(1, 0);
        if (action.id === 'play-pause') ed.commands.playback.open();
        // From no selection, Tab and Shift+Tab land on the first and the last clip.
        if (action.scope === 'stage') ed.commands.clips.clearSelection();
        const fired: string[] = [];
        const table: Action[] = ACTIONS.map((a) => ({
          ...a,
          perform: (c) => (fired.push(a.id), a.perform(c)),
        }));
        const target = action.scope === 'stage' ? stageElement() : document.body;
        const event = press(target, '', chordEventInit(binding));
        expect(handleShortcut(event, ctx, table), `${action.id} from ${binding}`).toBe(true);
        expect(fired).toEqual([action.id]);
        expect(event.defaultPrevented).toBe(true);
      }
    }
  });

  it('move, resize (free and keeping the aspect), rotate and layer: each press one undo step', () => {
    const { ed, key } = setup(four);
    const shape = ed.scene().clips.find((c) => c.type === 'shape')!;
    ed.commands.clips.select([shape.id]);
    key('ArrowLeft', { shiftKey: true });
    expect(ed.clip(shape.id).left).toBe(shape.left! - 10);
    ed.tick();
    key('ArrowRight', { altKey: true, shiftKey: true });
    expect(ed.clip(shape.id).scaleX! * shape.width!).toBeCloseTo(shape.width! + 10);
    expect(ed.clip(shape.id).scaleY ?? 1).toBe(1);
    ed.tick();
    key('=');
    expect(ed.clip(shape.id).scaleY).toBeCloseTo(1.05);
    expect(ed.clip(shape.id).scaleX).toBeCloseTo((210 / 200) * 1.05);
    ed.tick();
    key('>');
    key(',');
    expect(ed.clip(shape.id).angle).toBe(14);
    ed.tick();
    key('[');
    expect(ed.undoDepth()).toBe(6);
  });

  it('walk the clips with Tab only while the stage has focus, and let focus leave past the end', () => {
    const { ed, key } = setup(four);
    const order = [...ed.scene().clips].sort((a, b) => (b.layer ?? 0) - (a.layer ?? 0));
    const stage = stageElement();
    expect(key('Tab', {}, document.body)).toBe(false);
    expect(ed.store.getState().selection).toEqual([]);
    for (const clip of order) {
      expect(key('Tab', {}, stage)).toBe(true);
      expect(ed.store.getState().selection).toEqual([clip.id]);
    }
    expect(key('Tab', {}, stage)).toBe(false);
    expect(ed.store.getState().selection).toEqual([]);
    expect(key('Tab', { shiftKey: true }, stage)).toBe(true);
    expect(ed.store.getState().selection).toEqual([order.at(-1)!.id]);
  });

  it('toggle snapping through the session command, not an undo step', () => {
    const { ed, key } = setup();
    expect(ed.store.getState().snapping).toBe(true);
    key('g');
    expect(ed.store.getState().snapping).toBe(false);
    expect(key('g', { shiftKey: true })).toBe(false);
    expect(ed.undoDepth()).toBe(0);
  });

  it('say what undo and redo took back, and open the cheat sheet with ?', () => {
    const { ed, key, spoken, opened } = setup();
    ed.commands.clips.select([AVATAR]);
    key('ArrowDown');
    key('z', { ctrlKey: true });
    expect(spoken.at(-1)).toMatch(/^Undid: move\. Moved to \d+, \d+$/);
    key('Z', { ctrlKey: true, shiftKey: true });
    expect(spoken.at(-1)).toMatch(/^Redid: move\. Moved to \d+, \d+$/);
    key('Delete');
    key('z', { ctrlKey: true });
    expect(spoken.at(-1)).toMatch(/^Undid: delete\. /);
    key('?', { shiftKey: true });
    expect(opened).toEqual(['help']);
  });

  it('knows which targets are typing targets', () => {
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(Object.assign(document.createElement('input'), { type: 'range' }))).toBe(
      true,
    );
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });

  it('Space plays and pauses the preview while it is open, and is left alone otherwise', () => {
    const { ed, key } = setup();
    expect(key(' ')).toBe(false);
    ed.commands.playback.open();
    expect(key(' ')).toBe(true);
    expect(ed.commands.playback.store.getState().playing).toBe(true);
    key(' ');
    expect(ed.commands.playback.store.getState().playing).toBe(false);
    expect(ed.undoDepth()).toBe(0);
  });
});
