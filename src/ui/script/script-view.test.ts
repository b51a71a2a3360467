import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import seed from '../../domain/fixtures/seed-000-request.json';
import { orgToPlainText } from '../../domain/script-edits';
import { speechOrg } from '../../domain/speech-forms';
import { createTestEditor } from '../../testing/test-editor';
import { selectScriptView } from './script-view';

const AVATAR = 'aiModel-1h4ij5h8e87';

describe('script panel view of the active scene', () => {
  it('moving the avatar (or undoing the move) changes nothing the panel shows', () => {
    const ed = createTestEditor({ request: seed });
    const before = selectScriptView(ed.store.getState());
    ed.commands.clips.transform({ [AVATAR]: { left: 40, top: 3 } });
    expect(shallow(selectScriptView(ed.store.getState()), before)).toBe(true);
    ed.commands.undo();
    expect(shallow(selectScriptView(ed.store.getState()), before)).toBe(true);
  });

  it('follows the script text and the scene shown', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.script.setText('<p>Hello there.</p>');
    const view = selectScriptView(ed.store.getState())!;
    expect(view.text).toBe(orgToPlainText(speechOrg(ed.scene())));
    expect(view.text).toContain('Hello there.');
    expect(view.hasAvatar).toBe(true);
    ed.commands.scenes.add();
    expect(selectScriptView(ed.store.getState())).toMatchObject({ index: 1, hasAvatar: false });
  });
});
