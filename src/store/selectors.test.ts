import { describe, expect, it } from 'vitest';
import four from '../domain/fixtures/four-clip-landscape-request.json';
import { createTestEditor } from '../testing/test-editor';
import { selectLayerList } from './selectors';

describe('the layer list', () => {
  it('is the same array while the scene is unchanged, whatever else changes', () => {
    const ed = createTestEditor({ request: four });
    const before = selectLayerList(ed.store.getState());
    const shape = ed.scene().clips.find((c) => c.type === 'shape')!;
    ed.commands.clips.select([shape.id]);
    expect(selectLayerList(ed.store.getState())).toBe(before);
  });

  it('is sorted afresh, top of the stack first, once a clip of the scene changes', () => {
    const ed = createTestEditor({ request: four });
    const before = selectLayerList(ed.store.getState());
    const bottom = before.at(-1)!;
    ed.commands.clips.setLayerOrder([
      ...before.map((c) => c.id).filter((id) => id !== bottom.id),
      bottom.id,
    ]);
    const after = selectLayerList(ed.store.getState());
    expect(after).not.toBe(before);
    expect(after[0]!.id).toBe(bottom.id);
    expect(after.map((c) => c.layer)).toEqual(
      [...after.map((c) => c.layer)].sort((a, b) => (b ?? 0) - (a ?? 0)),
    );
    expect(Object.isFrozen(after)).toBe(true);
  });
});
