import { describe, expect, it } from 'vitest';
import fourClipRequest from '../domain/fixtures/four-clip-landscape-request.json';
import { koreanThreeScenes } from '../domain/fixtures/korean-three-scenes';
import { buildTimeline } from '../domain/playback';
import type { TextClip } from '../domain/schema/clips';
import { createTestEditor } from '../testing/test-editor';

const measure = (clip: TextClip) => clip.fontSize * 2.5;

describe('reflow command', () => {
  it('applies as one undo step; one undo restores the original exactly', () => {
    const ed = createTestEditor({ request: fourClipRequest });
    const original = structuredClone(ed.project());
    const depth = ed.undoDepth();
    const result = ed.commands.reflow.apply('portrait', measure);
    expect(result.newIssues).toEqual([]);
    expect(ed.project().orientation).toBe('portrait');
    expect(ed.undoDepth()).toBe(depth + 1);
    ed.commands.undo();
    expect(ed.project()).toEqual(original);
    expect(ed.undoDepth()).toBe(depth);
  });

  it('previews without touching the document', () => {
    const ed = createTestEditor({ request: fourClipRequest });
    const before = ed.project();
    const preview = ed.commands.reflow.preview('portrait', measure);
    expect(preview.project.orientation).toBe('portrait');
    expect(ed.project()).toBe(before);
    expect(ed.undoDepth()).toBe(0);
  });
});

describe('playback state', () => {
  it('plays, pauses, seeks and stops at the end without changing the document or history', () => {
    const ed = createTestEditor({ project: koreanThreeScenes });
    const pb = ed.commands.playback;
    const before = ed.project();
    expect(pb.toggle()).toBe(false);
    pb.open();
    expect(pb.toggle()).toBe(true);
    expect(pb.store.getState().playing).toBe(true);
    const { spans, total } = buildTimeline(before);
    pb.advanceTo(spans[1]!.start + 0.25);
    expect(pb.current()).toMatchObject({ sceneId: 'ko-2', local: expect.closeTo(0.25) });
    pb.toggle();
    expect(pb.store.getState().playing).toBe(false);
    pb.seek(-5);
    expect(pb.current().time).toBe(0);
    pb.play();
    pb.advanceTo(total + 3);
    expect(pb.store.getState()).toMatchObject({ playing: false, time: total });
    pb.play();
    expect(pb.store.getState().time).toBe(0);
    expect(ed.project()).toBe(before);
    expect(ed.undoDepth()).toBe(0);
  });

  it('previews one scene on its own timeline', () => {
    const ed = createTestEditor({ project: koreanThreeScenes });
    ed.commands.playback.open('ko-3');
    expect(ed.commands.playback.timeline().spans.map((s) => s.sceneId)).toEqual(['ko-3']);
    expect(ed.commands.playback.current().sceneId).toBe('ko-3');
    ed.commands.playback.close();
    expect(ed.commands.playback.store.getState().open).toBe(false);
  });
});
