import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import seed from '../../domain/fixtures/seed-000-request.json';
import { projectSeconds, sceneSeconds } from '../../domain/speech';
import { createTestEditor } from '../../testing/test-editor';
import { selectSceneCard, selectSceneIds, selectSpokenTotal } from './scene-card-state';

const AVATAR = 'aiModel-1h4ij5h8e87';

describe('scene strip state: what the cards and the total show', () => {
  it('shows each scene as the domain measures it', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.scenes.add();
    const state = ed.store.getState();
    expect(selectSceneIds(state)).toEqual(ed.project().scenes.map((s) => s.id));
    for (const scene of ed.project().scenes)
      expect(selectSceneCard(scene.id)(state)).toEqual({
        color: scene.background.source_color,
        seconds: sceneSeconds(scene),
      });
    expect(selectSpokenTotal(state)).toBe(projectSeconds(ed.project()));
  });

  it('a clip move (and its undo) leaves every value as it was: the strip does not re-render', () => {
    const ed = createTestEditor({ request: seed });
    const id = ed.scene().id;
    const before = ed.store.getState();
    ed.commands.clips.transform({ [AVATAR]: { left: 40 } });
    const after = ed.store.getState();
    expect(after.project).not.toBe(before.project);
    expect(shallow(selectSceneCard(id)(after), selectSceneCard(id)(before))).toBe(true);
    expect(shallow(selectSceneIds(after), selectSceneIds(before))).toBe(true);
    expect(selectSpokenTotal(after)).toBe(selectSpokenTotal(before));
  });

  it('follows a script edit, and says so when no scene has words', () => {
    const ed = createTestEditor({ request: seed });
    const id = ed.scene().id;
    const long = 'A much longer script. '.repeat(20);
    ed.commands.script.setText(`<p>${long}</p>`);
    expect(selectSceneCard(id)(ed.store.getState()).seconds).toBe(sceneSeconds(ed.scene()));
    expect(selectSpokenTotal(ed.store.getState())).toBe(projectSeconds(ed.project()));
    ed.commands.script.setText('');
    expect(selectSpokenTotal(ed.store.getState())).toBeNull();
  });
});
