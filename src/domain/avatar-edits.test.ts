import { describe, expect, it } from 'vitest';
import seed from './fixtures/seed-000-request.json';
import { scriptAvatarMismatches, syncSceneScript } from './avatar-edits';
import { parse } from './parse';

const sceneOf = () => {
  const result = parse(structuredClone(seed), { sceneId: (i) => `s${i}` });
  if (!result.ok) throw result.error;
  return result.project.scenes[0]!;
};

describe('scriptAvatarMismatches', () => {
  it('finds nothing when the script names the avatar clip', () => {
    expect(scriptAvatarMismatches(sceneOf())).toStrictEqual([]);
  });

  it('names the script ids, the avatar ids and which of the two differ', () => {
    const scene = sceneOf();
    const avatar = scene.clips.find((c) => c.type === 'aiModel')!;
    if (avatar.type !== 'aiModel') throw new Error('seed has an avatar');
    scene.scripts![0]!.clothId = 'BG-other';
    expect(scriptAvatarMismatches(scene)).toStrictEqual([
      {
        scriptIndex: 0,
        script: { modelId: avatar.model.ai_name, clothId: 'BG-other' },
        avatar: { modelId: avatar.model.ai_name, clothId: avatar.model.emotion, clipId: avatar.id },
        model: false,
        cloth: true,
      },
    ]);
  });

  it('is empty for a scene without an avatar clip', () => {
    const scene = sceneOf();
    scene.scripts![0]!.modelId = 'M-other';
    expect(scriptAvatarMismatches({ ...scene, clips: [] })).toStrictEqual([]);
  });

  it('is empty again after syncSceneScript, the one fix', () => {
    const scene = sceneOf();
    scene.scripts![0]!.modelId = 'M-other';
    scene.scripts![0]!.clothId = 'BG-other';
    expect(scriptAvatarMismatches(scene)).toHaveLength(1);
    expect(scriptAvatarMismatches(syncSceneScript(scene))).toStrictEqual([]);
  });
});
