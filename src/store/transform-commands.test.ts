import { describe, expect, it } from 'vitest';
import four from '../domain/fixtures/four-clip-landscape-request.json';
import { clipBounds } from '../domain/geometry';
import { createTestEditor } from '../testing/test-editor';

function setup() {
  const ed = createTestEditor({ request: four });
  const shape = ed.scene().clips.find((c) => c.type === 'shape')!;
  ed.commands.clips.select([shape.id]);
  return { ed, shape };
}

describe('keyboard transforms', () => {
  it('resize freely in design pixels, never below one pixel', () => {
    const { ed, shape } = setup();
    ed.commands.clips.resizeBy(40, -50);
    expect(ed.clip(shape.id).scaleX! * shape.width).toBeCloseTo(shape.width + 40);
    expect(ed.clip(shape.id).scaleY! * shape.height).toBeCloseTo(shape.height - 50);
    ed.tick();
    ed.commands.clips.resizeBy(0, -10_000);
    expect(ed.clip(shape.id).scaleY! * shape.height).toBeCloseTo(1);
  });

  it('resize and rotate a flipped clip (a negative scale) as drawn: the flip stays', () => {
    const { ed, shape } = setup();
    ed.commands.clips.transform({ [shape.id]: { scaleX: -1 } });
    const centre = () => {
      const b = clipBounds(ed.clip(shape.id));
      return [b.left + b.width / 2, b.top + b.height / 2].map((n) => Math.round(n * 100) / 100);
    };
    const before = centre();
    ed.tick();
    ed.commands.clips.resizeBy(40, 0);
    expect(ed.clip(shape.id).scaleX! * shape.width).toBeCloseTo(-(shape.width + 40));
    ed.tick();
    ed.commands.clips.resizeBy(-10_000, 0);
    expect(ed.clip(shape.id).scaleX! * shape.width).toBeCloseTo(-1);
    ed.commands.undo();
    ed.commands.undo();
    ed.commands.clips.rotateBy(90);
    expect(centre()).toEqual(before);
  });

  it('keep the aspect when scaling, and wrap the angle within a turn', () => {
    const { ed, shape } = setup();
    ed.commands.clips.scaleBy(2);
    expect(ed.clip(shape.id).scaleX).toBe(2);
    expect(ed.clip(shape.id).scaleY).toBe(2);
    ed.commands.clips.rotateBy(-15);
    expect(ed.clip(shape.id).angle).toBe(345);
  });

  it('rotate each selected clip in place, as the rotation handle does', () => {
    const { ed, shape } = setup();
    const centre = (id: string) => {
      const b = clipBounds(ed.clip(id));
      return [b.left + b.width / 2, b.top + b.height / 2].map((n) => Math.round(n * 100) / 100);
    };
    const before = centre(shape.id);
    for (let i = 0; i < 6; i++) ed.commands.clips.rotateBy(15);
    expect(ed.clip(shape.id).angle).toBe(90);
    expect(centre(shape.id)).toEqual(before);
    expect(ed.clip(shape.id).left).not.toBe(shape.left);
  });

  it('a held key is one undo step; a locked clip does not move', () => {
    const { ed, shape } = setup();
    ed.gesture('key:Period', () => {
      for (let i = 0; i < 5; i++) ed.commands.clips.rotateBy(1);
    });
    expect(ed.clip(shape.id).angle).toBe(5);
    expect(ed.undoDepth()).toBe(1);
    ed.commands.clips.setLocked(shape.id, true);
    expect(ed.commands.clips.rotateBy(1)).toBe(false);
    expect(ed.clip(shape.id).angle).toBe(5);
  });

  it('walk the clips top first, and report leaving past either end', () => {
    const { ed } = setup();
    ed.commands.clips.clearSelection();
    const topFirst = [...ed.scene().clips].sort((a, b) => b.layer! - a.layer!).map((c) => c.id);
    const seen = topFirst.map(
      () => (ed.commands.clips.selectStep(1), ed.store.getState().selection[0]),
    );
    expect(seen).toEqual(topFirst);
    expect(ed.commands.clips.selectStep(1)).toBe(false);
    expect(ed.store.getState().selection).toEqual([]);
    expect(ed.undoDepth()).toBe(0);
  });

  it('session toggles flip the session, not the document', () => {
    const { ed } = setup();
    ed.commands.session.toggleFaceGuide();
    ed.commands.session.toggleSnapping();
    expect(ed.store.getState()).toMatchObject({ showFaceGuide: true, snapping: false });
    expect(ed.undoDepth()).toBe(0);
  });
});
