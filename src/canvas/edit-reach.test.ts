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
