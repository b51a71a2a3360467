import { describe, expect, it } from 'vitest';
import four from '../domain/fixtures/four-clip-landscape-request.json';
import type { TextClip } from '../domain/schema/clips';
import { createTestEditor } from '../testing/test-editor';
import { createTextMeasure } from './text-measure';

/** A stand-in for the stage's layout: 10 design px per character, so a height says its text. */
const byLength = (clip: TextClip) => clip.text.length * 10;

function editorWithMeasure() {
  const ed = createTestEditor({ request: four });
  ed.commands.setTextMeasure(byLength);
  const text = () => ed.scene().clips.find((c) => c.type === 'textImage') as TextClip;
  return { ed, text };
}

describe('text heights follow each edit in the same step', () => {
  it('measures the text an edit changed', () => {
    const { ed, text } = editorWithMeasure();
    expect(text().height).toBe(text().text.length * 10);
    ed.commands.clips.update(text().id, { text: 'Four' });
    expect(text().height).toBe(40);
  });

  it('measures a changed text also when the edit moved it to another place in the array', () => {
    const { ed } = editorWithMeasure();
    const measure = createTextMeasure(ed.store);
    measure.setMeasure(byLength);
    const before = ed.store.getState().project;
    const [scene] = before.scenes;
    // One step that removes the first clip (every later clip moves up one place) and edits a text.
    const clips = scene!.clips
      .slice(1)
      .map((c) => (c.type === 'textImage' ? { ...c, text: 'Moved along' } : c));
    const next = { ...before, scenes: [{ ...scene!, clips }, ...before.scenes.slice(1)] };
    const fitted = measure.fit(before, next).scenes[0]!.clips.find((c) => c.type === 'textImage');
    expect((fitted as TextClip).height).toBe(110);
  });

  it('leaves a scene whose texts did not change as it was (the same objects)', () => {
    const { ed, text } = editorWithMeasure();
    const before = text();
    const other = ed.scene().clips.find((c) => c.type === 'shape')!;
    ed.commands.clips.update(other.id, { left: (other.left ?? 0) + 5 });
    expect(text()).toBe(before);
  });
});
