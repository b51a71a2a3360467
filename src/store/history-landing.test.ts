import { describe, expect, it } from 'vitest';
import seed from '../domain/fixtures/seed-000-request.json';
import type { EditorState } from './editor-store';
import { createTestEditor } from '../testing/test-editor';

const AVATAR = 'aiModel-1h4ij5h8e87';

/** Every state the store's subscribers are told about while `act` runs. */
function notified(ed: ReturnType<typeof createTestEditor>, act: () => void): EditorState[] {
  const seen: EditorState[] = [];
  const off = ed.store.subscribe((state) => seen.push(state));
  act();
  off();
  return seen;
}

describe('undo and redo land in one store change', () => {
  it('the restored document comes with its scene and selection, never without them', () => {
    const ed = createTestEditor({ request: seed });
    const [first] = ed.project().scenes.map((s) => s.id);
    const before = ed.project();
    ed.commands.clips.transform({ [AVATAR]: { left: 5, top: 7 } });
    ed.commands.scenes.add();
    ed.commands.undo(); // the added scene: scene 2 goes, scene 1 is shown
    const moved = ed.project();
    ed.commands.clips.clearSelection();

    const undo = notified(ed, () => ed.commands.undo());
    expect(undo).toHaveLength(1);
    expect(undo[0]!.project).toBe(before);
    expect(undo[0]!.activeSceneId).toBe(first);
    expect(undo[0]!.selection).toEqual([AVATAR]);
    expect(undo[0]!.editingTextId).toBeNull();

    ed.commands.clips.clearSelection();
    const redo = notified(ed, () => ed.commands.redo());
    expect(redo).toHaveLength(1);
    expect(redo[0]!.project).toBe(moved);
    expect(redo[0]!.selection).toEqual([AVATAR]);
    expect(ed.clip(AVATAR)).toMatchObject({ left: 5, top: 7 });
  });

  it('an undo of a change in another scene switches to it in the same change', () => {
    const ed = createTestEditor({ request: seed });
    const [first] = ed.project().scenes.map((s) => s.id);
    ed.commands.clips.transform({ [AVATAR]: { left: 5 } });
    ed.commands.scenes.add();
    const second = ed.store.getState().activeSceneId;
    ed.commands.scenes.activate(first!);
    ed.commands.scenes.activate(second);
    ed.commands.undo(); // the added scene
    const states = notified(ed, () => ed.commands.undo()); // the move, in scene 1
    expect(states.map((s) => [s.activeSceneId, s.selection])).toEqual([[first, [AVATAR]]]);
  });

  it('with nothing to undo nothing is written; edits after an undo are steps again', () => {
    const ed = createTestEditor({ request: seed });
    expect(notified(ed, () => ed.commands.undo())).toHaveLength(0);
    ed.commands.clips.transform({ [AVATAR]: { left: 5 } });
    ed.commands.undo();
    ed.commands.clips.select([]);
    ed.commands.clips.transform({ [AVATAR]: { left: 9 } });
    expect(ed.undoDepth()).toBe(1);
    expect(ed.store.getState().selection).toEqual([]);
    ed.commands.undo();
    expect(ed.clip(AVATAR).left).toBe(seed.scenes[0]!.clips[0]!.left);
  });
});
