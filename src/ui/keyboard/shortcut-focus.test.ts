import { afterEach, describe, expect, it } from 'vitest';
import four from '../../domain/fixtures/four-clip-landscape-request.json';
import { createTestEditor } from '../../testing/test-editor';
import { ACTIONS } from '../actions/action-table';
import { chordEventInit } from '../actions/keys';
import { CLIP_FOCUS_ATTR, handleShortcut, STAGE_FOCUS_ATTR } from './shortcuts';

function setup() {
  const ed = createTestEditor({ request: four });
  const shape = ed.scene().clips.find((c) => c.type === 'shape')!;
  ed.commands.clips.select([shape.id]);
  ed.commands.clips.copy();
  const ctx = { editor: ed, open: () => {}, announce: () => {} };
  const press = (target: EventTarget, binding: string) => {
    const event = new KeyboardEvent('keydown', {
      bubbles: true,
      cancelable: true,
      ...chordEventInit(binding),
    });
    Object.defineProperty(event, 'target', { value: target });
    const took = handleShortcut(event, ctx);
    return { took, prevented: event.defaultPrevented };
  };
  return { ed, shape, press };
}

const attached = <T extends HTMLElement>(el: T, parent: HTMLElement = document.body): T =>
  parent.appendChild(el);

/** Widgets that are not the clips': their keys must never reach the selected clip. */
function otherWidgets(): HTMLElement[] {
  const strip = attached(document.createElement('nav'));
  const card = attached(document.createElement('div'), strip);
  card.setAttribute('role', 'button');
  card.tabIndex = 0;
  const tab = attached(document.createElement('button'));
  tab.setAttribute('role', 'tab');
  return [
    card,
    tab,
    attached(document.createElement('button')),
    attached(document.createElement('select')),
    attached(Object.assign(document.createElement('input'), { type: 'checkbox' })),
    attached(document.createElement('a')),
  ];
}

/** The places focus is on the clips: the stage, a Layers row (and its buttons), nothing at all. */
function clipPlaces(): HTMLElement[] {
  const stage = attached(document.createElement('div'));
  stage.setAttribute(STAGE_FOCUS_ATTR, '');
  const row = attached(document.createElement('li'));
  row.setAttribute(CLIP_FOCUS_ATTR, '');
  const rowButton = attached(document.createElement('button'), row);
  return [document.body, stage, rowButton];
}

afterEach(() => document.body.replaceChildren());

const clipActions = ACTIONS.filter((a) => a.scope === 'clips' && a.keys?.length);

describe('keys that act on the selected clips', () => {
  it('include Delete, Backspace, the arrows and every other edit or selection key', () => {
    const ids = clipActions.map((a) => a.id);
    for (const id of ['delete', 'move-left', 'move-up', 'narrower', 'rotate-left', 'select-all'])
      expect(ids).toContain(id);
  });

  it('do nothing while focus is on another widget: a scene card, a tab, a button, a select…', () => {
    for (const action of clipActions)
      for (const binding of action.keys!)
        for (const widget of otherWidgets()) {
          const { ed, press } = setup();
          const before = { project: ed.project(), selection: ed.store.getState().selection };
          const name = `${action.id} (${binding}) on <${widget.tagName.toLowerCase()}>`;
          expect(press(widget, binding).took, name).toBe(false);
          expect({ project: ed.project(), selection: ed.store.getState().selection }, name).toEqual(
            before,
          );
        }
  });

  it('act from the stage, a Layers row and the body', () => {
    for (const action of clipActions)
      for (const binding of action.keys!)
        for (const place of clipPlaces()) {
          const { press } = setup();
          const name = `${action.id} (${binding}) on <${place.tagName.toLowerCase()}>`;
          expect(press(place, binding).took, name).toBe(true);
        }
  });

  it('are all scoped: no unscoped key but undo and redo changes the clips or the selection', () => {
    for (const action of ACTIONS.filter((a) => !a.scope && a.keys?.length))
      for (const binding of action.keys!) {
        if (action.id === 'undo' || action.id === 'redo') continue;
        const { ed, press } = setup();
        ed.commands.playback.open();
        const before = { project: ed.project(), selection: ed.store.getState().selection };
        press(attached(document.createElement('button')), binding);
        expect(
          { project: ed.project(), selection: ed.store.getState().selection },
          `${action.id} (${binding})`,
        ).toEqual(before);
      }
  });
});

describe('undo and redo outside text', () => {
  const notText = () => [
    attached(document.createElement('select')),
    attached(Object.assign(document.createElement('input'), { type: 'range' })),
    attached(Object.assign(document.createElement('input'), { type: 'checkbox' })),
    attached(document.createElement('button')),
    document.body,
  ];

  it('run the editor’s undo and redo on a select, a slider, a checkbox or a button', () => {
    for (const target of notText()) {
      const { ed, shape, press } = setup();
      ed.commands.clips.nudge(5, 0);
      const name = `<${target.tagName.toLowerCase()}>`;
      expect(press(target, 'Mod+Z'), name).toEqual({ took: true, prevented: true });
      expect(ed.clip(shape.id).left, name).toBe(shape.left);
      expect(press(target, 'Mod+Y'), name).toEqual({ took: true, prevented: true });
      expect(ed.clip(shape.id).left, name).toBe(shape.left! + 5);
      press(target, 'Mod+Z');
      expect(press(target, 'Mod+Shift+Z'), name).toEqual({ took: true, prevented: true });
      expect(ed.clip(shape.id).left, name).toBe(shape.left! + 5);
    }
  });

  it('leave undo to the text field being typed in', () => {
    const editable = attached(document.createElement('div'));
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    const fields = [
      attached(document.createElement('textarea')),
      attached(document.createElement('input')),
      attached(Object.assign(document.createElement('input'), { type: 'number' })),
      editable,
    ];
    for (const field of fields) {
      const { ed, shape, press } = setup();
      ed.commands.clips.nudge(5, 0);
      expect(press(field, 'Mod+Z')).toEqual({ took: false, prevented: false });
      expect(ed.clip(shape.id).left).toBe(shape.left! + 5);
    }
  });
});
