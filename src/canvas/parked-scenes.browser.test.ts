import { afterEach, describe, expect, it } from 'vitest';
import { mountTestStage, type TestStage } from '../testing/test-stage';

let ed: TestStage;
afterEach(() => ed.dispose());

/** A stage whose project has two scenes of 3 and 2 shapes, the second one shown. */
function twoScenesShown() {
  ed = mountTestStage();
  ed.commands.insert.shape('Square');
  ed.commands.insert.shape('Circle');
  ed.commands.insert.text('Hello');
  ed.commands.scenes.add();
  ed.commands.insert.shape('Square');
  ed.commands.insert.shape('Circle');
  expect(ed.store.getState().project.scenes).toHaveLength(2);
}

describe('stage objects kept for scenes left', () => {
  it('a scene left keeps its objects for a quick return', () => {
    twoScenesShown();
    const [first] = ed.store.getState().project.scenes;
    ed.commands.scenes.activate(first!.id);
    expect(ed.stage.stats().held).toBe(5);
  });

  it('a deleted scene lets go of its objects', () => {
    twoScenesShown();
    const [first, second] = ed.store.getState().project.scenes;
    ed.commands.scenes.activate(first!.id);
    ed.commands.scenes.remove(second!.id);
    expect(ed.stage.stats().held).toBe(3);
  });

  it('opening another project lets go of every object of the last one', () => {
    twoScenesShown();
    const other = structuredClone(ed.store.getState().project);
    other.scenes = other.scenes.map((scene, i) => ({
      ...scene,
      id: `other-${i}`,
      clips: scene.clips.slice(0, 1),
    }));
    ed.commands.scenes.open(other);
    expect(ed.store.getState().activeSceneId).toBe('other-0');
    expect(ed.stage.stats().held).toBe(1);
  });
});
