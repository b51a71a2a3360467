import { describe, expect, it } from 'vitest';
import seed from '../domain/fixtures/seed-000-request.json';
import { CLIP_ID_PATTERN } from '../domain/ids';
import { createTestEditor } from '../testing/test-editor';

const AVATAR = 'aiModel-1h4ij5h8e87';

describe('clip commands', () => {
  it('adds one clip of each kind, selected and on top', () => {
    const ed = createTestEditor({ request: seed });
    const image = ed.commands.insert.image('https://example.com/a.png', 2000, 1000)!;
    const text = ed.commands.insert.text('Hi')!;
    const shape = ed.commands.insert.shape('Star')!;
    const video = ed.commands.insert.video('https://example.com/v.mp4')!;
    ed.commands.insert.audio('https://example.com/a.mp3', 'Music');
    const types = ed.request().scenes[0]!.clips.map((c) => c.type);
    expect(types).toEqual(['aiModel', 'image', 'textImage', 'shape', 'videoImage', 'audio']);
    expect(ed.clip(image).layer).toBe(2);
    expect(ed.clip(video).layer).toBe(5);
    expect(ed.clip(image).width).toBe(2000);
    expect(ed.clip(image).scaleX).toBeCloseTo(0.48);
    expect(ed.store.getState().selection).toEqual([video]);
    expect([ed.clip(text).type, ed.clip(shape).type]).toEqual(['textImage', 'shape']);
    for (const id of [image, text, shape, video]) expect(id).toMatch(CLIP_ID_PATTERN);
  });

  it('a drag is one undo step; undo and redo step through it exactly', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.clips.transform({ [AVATAR]: { left: 100, top: 50 } });
    expect(ed.clip(AVATAR).left).toBe(100);
    expect(ed.undoDepth()).toBe(1);
    ed.commands.undo();
    expect(ed.request()).toStrictEqual(seed);
    ed.commands.redo();
    expect(ed.clip(AVATAR)).toMatchObject({ left: 100, top: 50 });
  });

  it('a typing burst in a focused field is one step however slow; blur ends it', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.gestures.begin('focus');
    for (const tag of ['h', 'he', 'hel', 'hell', 'hello']) {
      ed.commands.gestures.begin('key:KeyH');
      ed.commands.clips.rename(AVATAR, tag);
      ed.commands.gestures.end('key:KeyH');
    }
    expect(ed.undoDepth()).toBe(1);
    ed.commands.gestures.end('focus');
    ed.gesture('focus', () => ed.commands.clips.rename(AVATAR, 'hello!'));
    expect(ed.undoDepth()).toBe(2);
    ed.commands.undo();
    expect(ed.clip(AVATAR).tag).toBe('hello');
    ed.commands.undo();
    expect(ed.clip(AVATAR).tag).toBeUndefined();
  });

  it('two quick edits with the same key outside a gesture are two steps', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.clips.rename(AVATAR, 'a');
    ed.commands.clips.rename(AVATAR, 'b');
    expect(ed.undoDepth()).toBe(2);
  });

  it('a held key is one step from first press to release; the next press is another', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.clips.select([AVATAR]);
    ed.commands.gestures.begin('key:ArrowRight');
    for (let i = 0; i < 5; i++) ed.commands.clips.nudge(1, 0); // down + repeats
    ed.commands.gestures.end('key:ArrowRight');
    ed.gesture('key:ArrowRight', () => ed.commands.clips.nudge(1, 0));
    expect(ed.undoDepth()).toBe(2);
    ed.commands.undo();
    expect(ed.clip(AVATAR).left).toBeCloseTo(seed.scenes[0]!.clips[0]!.left + 5, 6);
  });

  it('undo switches to the scene it changed and selects the clips', () => {
    const ed = createTestEditor({ request: seed });
    const [first] = ed.project().scenes.map((s) => s.id);
    ed.commands.clips.transform({ [AVATAR]: { left: 5 } });
    ed.commands.scenes.add();
    const second = ed.store.getState().activeSceneId;
    ed.commands.scenes.activate(first!);
    ed.commands.scenes.activate(second);
    ed.commands.undo(); // the added scene
    ed.commands.undo(); // the move in scene 1
    expect(ed.store.getState().activeSceneId).toBe(first);
    expect(ed.store.getState().selection).toEqual([AVATAR]);
    ed.commands.scenes.add();
    const third = ed.store.getState().activeSceneId;
    ed.commands.scenes.activate(first!);
    ed.commands.undo();
    ed.commands.redo(); // the scene comes back, and on screen
    expect(ed.store.getState().activeSceneId).toBe(third);
  });

  it('selection and scene switches are not steps and keep redo', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.scenes.add();
    const [first, second] = ed.project().scenes.map((s) => s.id);
    ed.commands.scenes.activate(first!);
    ed.tick();
    ed.commands.clips.transform({ [AVATAR]: { left: 1 } });
    ed.commands.undo();
    const redoBefore = ed.store.temporal.getState().futureStates.length;
    ed.commands.scenes.activate(second!);
    ed.commands.scenes.activate(first!);
    ed.commands.clips.select([AVATAR]);
    ed.commands.clips.clearSelection();
    expect(ed.store.temporal.getState().futureStates.length).toBe(redoBefore);
    ed.commands.redo();
    expect(ed.clip(AVATAR).left).toBe(1);
  });

  it('keeps at least 200 steps', () => {
    const ed = createTestEditor({ request: seed });
    for (let i = 1; i <= 250; i++) ed.commands.clips.transform({ [AVATAR]: { left: i } });
    for (let i = 0; i < 250; i++) ed.commands.undo();
    expect(ed.clip(AVATAR).left).toBe(seed.scenes[0]!.clips[0]!.left);
  });

  it('nudges the selection; held arrows fold into one step; locked clips stay', () => {
    const ed = createTestEditor({ request: seed });
    const text = ed.commands.insert.text()!;
    ed.tick();
    ed.commands.clips.select([text, AVATAR]);
    ed.commands.clips.setLocked(AVATAR, true);
    ed.tick();
    const before = ed.clip(text).left!;
    ed.gesture('key:ArrowRight', () => {
      for (let i = 0; i < 10; i++) ed.commands.clips.nudge(1, 0);
    });
    ed.gesture('key:ArrowDown', () => ed.commands.clips.nudge(0, 10));
    expect(ed.clip(text).left).toBe(before + 10);
    expect(ed.clip(AVATAR).left).toBe(seed.scenes[0]!.clips[0]!.left);
    const depth = ed.undoDepth();
    ed.commands.undo();
    expect(ed.clip(text).left).toBe(before + 10);
    ed.commands.undo();
    expect(ed.clip(text).left).toBe(before);
    expect(ed.undoDepth()).toBe(depth - 2);
  });

  it('duplicate and copy/paste make new ids offset by 20 on top', () => {
    const ed = createTestEditor({ request: seed });
    const star = ed.commands.insert.shape('Star')!;
    ed.commands.clips.select([star]);
    ed.commands.clips.duplicateSelected();
    const [copy] = ed.store.getState().selection;
    expect(copy).not.toBe(star);
    expect(ed.clip(copy!)).toMatchObject({ left: ed.clip(star).left! + 20, layer: 3, name: copy });
    ed.commands.clips.copy();
    ed.commands.clips.paste();
    ed.commands.clips.paste();
    const ids = ed.scene().clips.map((c) => c.id);
    expect(new Set(ids).size).toBe(5);
  });

  it('never copies an avatar: a scene keeps one, named by its script', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.clips.select([AVATAR]);
    ed.commands.clips.duplicateSelected();
    ed.commands.clips.copy();
    ed.commands.scenes.add();
    ed.commands.clips.paste();
    expect(
      ed.project().scenes.map((s) => s.clips.filter((c) => c.type === 'aiModel').length),
    ).toEqual([1, 0]);
    ed.commands.script.setText('<p>Hi</p>');
    expect(ed.request().scenes[1]!.scripts![0]).toMatchObject({ modelId: '', clothId: '' });
  });

  it('delete removes the selection; layer up/down rewrites layer', () => {
    const ed = createTestEditor({ request: seed });
    const a = ed.commands.insert.shape('Circle')!;
    const b = ed.commands.insert.shape('Square')!;
    ed.commands.clips.select([b]);
    ed.commands.clips.shiftLayer(-2);
    expect(ed.scene().clips.map((c) => [c.id, c.layer])).toEqual([
      [AVATAR, 1],
      [a, 2],
      [b, 0],
    ]);
    ed.commands.clips.removeSelected();
    expect(ed.scene().clips.map((c) => c.id)).toEqual([AVATAR, a]);
    expect(ed.store.getState().selection).toEqual([]);
  });

  it('aligns a single clip to the stage and distributes three', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.clips.select([AVATAR]);
    ed.commands.clips.align('hcenter');
    expect(ed.clip(AVATAR).left).toBe((1920 - 679) / 2);
    const ids = [
      ed.commands.insert.shape('Circle')!,
      ed.commands.insert.shape('Circle')!,
      ed.commands.insert.shape('Circle')!,
    ];
    ed.commands.clips.transform({
      [ids[0]!]: { left: 0 },
      [ids[1]!]: { left: 100 },
      [ids[2]!]: { left: 1000 },
    });
    ed.commands.clips.select(ids);
    ed.commands.clips.distribute('horizontal');
    expect(ids.map((id) => ed.clip(id).left)).toEqual([0, 500, 1000]);
  });
});

describe('scene commands', () => {
  it('adds, duplicates with fresh clip ids, moves and deletes scenes', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.scenes.duplicate();
    const scenes = ed.request().scenes;
    expect(scenes).toHaveLength(2);
    expect(scenes[1]!.clips[0]!.id).not.toBe(AVATAR);
    expect(scenes[1]!.clips[0]!.name).toBe(scenes[1]!.clips[0]!.id);
    expect(scenes.map((s) => s.sceneIdx)).toEqual([0, 1]);
    ed.commands.scenes.add();
    const third = ed.store.getState().activeSceneId;
    ed.commands.scenes.move(third, 0);
    expect(ed.project().scenes[0]!.id).toBe(third);
    ed.commands.scenes.remove(third);
    expect(ed.project().scenes).toHaveLength(2);
    expect(ed.store.getState().activeSceneId).toBe(ed.project().scenes[0]!.id);
  });

  it('never deletes the last scene; orientation switch keeps positions', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.scenes.remove();
    expect(ed.project().scenes).toHaveLength(1);
    ed.commands.scenes.setOrientation('portrait');
    expect(ed.request().orientation).toBe('portrait');
    expect(ed.clip(AVATAR).left).toBe(seed.scenes[0]!.clips[0]!.left);
  });
});
