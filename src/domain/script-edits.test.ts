import { describe, expect, it } from 'vitest';
import seed from './fixtures/seed-000-request.json';
import { createTestEditor } from '../testing/test-editor';
import type { AvatarModel } from './schema/clips';
import { orgToPlainText, plainTextToOrg } from './script-edits';

const model = seed.scenes[0]!.clips[0]!.model as AvatarModel;
const outfit: AvatarModel = {
  ...structuredClone(model),
  emotion: 'BG00009999',
  deploySize: { org_width: 1374, org_height: 2444, edit_width: 700, edit_height: 2200 },
};
const other: AvatarModel = {
  ...structuredClone(model),
  ai_name: 'M000000001',
  emotion: 'BG00000001',
};

const inSync = (request: ReturnType<ReturnType<typeof createTestEditor>['request']>) =>
  request.scenes.every((scene) => {
    const avatar = scene.clips.find((c) => c.type === 'aiModel');
    if (!avatar || avatar.type !== 'aiModel') return true;
    return (
      scene.scripts![0]!.modelId === avatar.model.ai_name &&
      scene.scripts![0]!.clothId === avatar.model.emotion
    );
  });

describe('org text', () => {
  it('wraps lines in <p> and escapes HTML; reads back the same text', () => {
    const text = 'Hello <b>world</b> & "you"\n안녕하세요';
    const org = plainTextToOrg(text);
    expect(org).toBe(
      '<p>Hello &lt;b&gt;world&lt;/b&gt; &amp; &quot;you&quot;</p><p>안녕하세요</p>',
    );
    expect(orgToPlainText(org)).toBe(text);
    expect(orgToPlainText('<p>Hello, <span>this</span> is test video.</p>')).toBe(
      'Hello, this is test video.',
    );
  });
});

describe('avatar and script stay in sync', () => {
  it('changing the outfit updates the script in the same undo step, keeping position and scale', () => {
    const ed = createTestEditor({ request: seed });
    const before = ed.request().scenes[0]!.clips[0]!;
    ed.commands.script.setOutfit(outfit);
    const after = ed.request();
    expect(inSync(after)).toBe(true);
    expect(after.scenes[0]!.scripts![0]!.clothId).toBe('BG00009999');
    expect(after.scenes[0]!.clips[0]).toMatchObject({
      left: before.left,
      top: before.top,
      scaleX: 1,
      width: 700,
      height: 2200,
    });
    expect(ed.undoDepth()).toBe(1);
    ed.commands.undo();
    expect(ed.request()).toStrictEqual(seed);
    ed.commands.redo();
    expect(inSync(ed.request())).toBe(true);
  });

  it('placing an avatar replaces the old one (one per scene) and syncs; a new scene gets one placed fresh', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.script.placeAvatar(other);
    const scene = ed.request().scenes[0]!;
    expect(scene.clips.filter((c) => c.type === 'aiModel')).toHaveLength(1);
    expect(scene.scripts![0]).toMatchObject({ modelId: 'M000000001', clothId: 'BG00000001' });
    ed.commands.scenes.add();
    ed.commands.script.placeAvatar(outfit);
    expect(inSync(ed.request())).toBe(true);
    expect(ed.request().scenes[1]!.clips[0]!.scaleX).toBeLessThan(1);
  });

  it('applies one avatar, outfit and voice to all scenes', () => {
    const ed = createTestEditor({ request: seed });
    ed.commands.scenes.add();
    ed.commands.scenes.add();
    ed.commands.scenes.activate(ed.project().scenes[0]!.id);
    ed.commands.script.setVoice({ voice: 'v1' });
    ed.commands.script.applyToAllScenes();
    const r = ed.request();
    expect(inSync(r)).toBe(true);
    expect(r.scenes.map((s) => s.scripts![0]!.tts)).toEqual([
      { voice: 'v1' },
      { voice: 'v1' },
      { voice: 'v1' },
    ]);
    expect(r.scenes.map((s) => s.scripts![0]!.isTTS)).toEqual([true, true, true]);
    expect(new Set(r.scenes.flatMap((s) => s.clips.map((c) => c.id))).size).toBe(3);
  });

  it('fixes an imported mismatch with one command', () => {
    const broken = structuredClone(seed);
    broken.scenes[0]!.scripts![0]!.clothId = 'BG_OTHER';
    const ed = createTestEditor({ request: broken });
    ed.commands.script.fixSync();
    expect(ed.request()).toStrictEqual(seed);
  });

  it('script text edits are one step per burst and keep org untouched until edited', () => {
    const ed = createTestEditor({ request: seed });
    expect(ed.request().scenes[0]!.scripts![0]!.org).toBe('<p>Hello, this is test video.</p>');
    ed.gesture('focus', () => {
      for (const t of ['안', '안녕', '안녕하세요']) ed.commands.script.setText(plainTextToOrg(t));
    });
    expect(ed.request().scenes[0]!.scripts![0]!.org).toBe('<p>안녕하세요</p>');
    expect(ed.undoDepth()).toBe(1);
  });

  it('a scene with an avatar but no script gets one that names the avatar', () => {
    const noScript = structuredClone(seed);
    noScript.scenes[0]!.scripts = [];
    const ed = createTestEditor({ request: noScript });
    ed.commands.script.setText('<p>Hi</p>');
    expect(inSync(ed.request())).toBe(true);
    expect(ed.request().scenes[0]!.scripts![0]).toMatchObject({
      org: '<p>Hi</p>',
      modelId: 'M000045058',
    });
  });
});
