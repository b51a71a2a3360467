import { describe, expect, it } from 'vitest';
import { makeRequest } from '../../bench/make-request';
import { planReconcile } from './plan-reconcile';
import { createTestEditor } from '../testing/test-editor';

// What one edit touches decides what the stage, the strip and autosave redo: counted here by
// object identity, which is what they compare.
const big = () => createTestEditor({ request: makeRequest(50, 30) });

describe('one edit touches one scene', () => {
  it('a keystroke in the script replaces the active scene only and leaves its clips alone', () => {
    const ed = big();
    const before = ed.project();
    ed.commands.script.setText('<p>Hello</p>');
    const after = ed.project();
    const changed = after.scenes.filter((s, i) => s !== before.scenes[i]);
    expect(changed).toHaveLength(1);
    // The stage compares the active scene's clips: nothing to reconcile.
    expect(after.scenes[0]!.clips).toBe(before.scenes[0]!.clips);
  });

  it('an inspector edit gives the reconciler one update, nothing to create or remove', () => {
    const ed = big();
    const before = ed.project();
    const clip = before.scenes[0]!.clips[3]!;
    ed.commands.clips.update(clip.id, { left: 10 });
    const after = ed.project();
    expect(after.scenes.filter((s, i) => s !== before.scenes[i])).toHaveLength(1);
    const plan = planReconcile(before.scenes[0]!.clips, after.scenes[0]!.clips);
    expect(plan.update.map((c) => c.id)).toEqual([clip.id]);
    expect([plan.create.length, plan.remove.length]).toEqual([0, 0]);
  });

  it('undo of one step restores the previous scene objects, so the reconciler updates one clip', () => {
    const ed = big();
    const clip = ed.project().scenes[0]!.clips[3]!;
    ed.commands.clips.update(clip.id, { left: 10 });
    const edited = ed.project();
    ed.commands.undo();
    const plan = planReconcile(edited.scenes[0]!.clips, ed.project().scenes[0]!.clips);
    expect(plan.update.map((c) => c.id)).toEqual([clip.id]);
    expect([plan.create.length, plan.remove.length]).toEqual([0, 0]);
  });
});

describe('text measuring per edit', () => {
  it('undo and redo lay out no text again until the fonts change', () => {
    const ed = createTestEditor({ request: makeRequest(5, 30) });
    let measured = 0;
    ed.commands.setTextMeasure((clip) => {
      measured++;
      return clip.text.length;
    });
    const texts = ed
      .project()
      .scenes.flatMap((s) => s.clips)
      .filter((c) => c.type === 'textImage');
    const distinct = new Set(texts.map((c) => JSON.stringify([c.text, c.fontSize, c.width])));
    expect(measured).toBe(distinct.size);
    const avatar = ed.project().scenes[0]!.clips[0]!;
    ed.commands.clips.update(avatar.id, { left: 10 });
    ed.commands.undo();
    ed.commands.redo();
    expect(measured).toBe(distinct.size);
    ed.commands.refitTexts(); // a web font arrived
    expect(measured).toBe(2 * distinct.size);
  });

  it('after a font change, an undo lands on heights measured with the new font', () => {
    const ed = createTestEditor({ request: makeRequest(2, 30) });
    let perChar = 1;
    ed.commands.setTextMeasure((clip) => clip.text.length * perChar);
    const texts = () =>
      ed
        .project()
        .scenes.flatMap((s) => s.clips)
        .flatMap((c) => (c.type === 'textImage' ? [c] : []));
    const first = texts()[0]!;
    ed.commands.clips.update(first.id, { left: 10 });
    perChar = 2;
    ed.commands.refitTexts(); // a web font arrived
    ed.commands.undo();
    expect(ed.project().scenes[0]!.clips.find((c) => c.id === first.id)!.left).toBe(first.left);
    for (const clip of texts()) expect(clip.height).toBe(clip.text.length * 2);
  });
});
