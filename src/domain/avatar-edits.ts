import { findScene, mapScene } from './clip-edits';
import type { Project, Scene } from './project';
import type { AiModelClip, AvatarModel, Clip } from './schema/clips';
import type { Script } from './schema/request';
import { speechFormOf, speechVoice, withSpeech } from './speech-forms';

/**
 * The scene's avatar clip and how it is placed, swapped and copied. Every change here keeps the
 * script's `modelId`/`clothId` equal to the avatar's `model.ai_name`/`model.emotion`.
 */
export const avatarClipOf = (scene: Scene): AiModelClip | undefined =>
  scene.clips.find((c): c is AiModelClip => c.type === 'aiModel');

/** The script's avatar ids follow the scene's avatar clip; this is the one way they change. */
export function syncSceneScript(scene: Scene): Scene {
  const avatar = avatarClipOf(scene);
  if (!avatar) return scene;
  const script = scene.scripts?.[0];
  if (speechFormOf(scene) === 'clip-script') return scene;
  if (script && script.modelId === avatar.model.ai_name && script.clothId === avatar.model.emotion)
    return scene;
  return withSpeech(scene, { modelId: avatar.model.ai_name, clothId: avatar.model.emotion });
}

export const syncScript = (project: Project, sceneId: string) =>
  mapScene(project, sceneId, syncSceneScript);

/** A script whose ids name another avatar or outfit than the scene's first avatar clip. */
export interface ScriptAvatarMismatch {
  scriptIndex: number;
  script: { modelId: string; clothId: string };
  avatar: { modelId: string; clothId: string; clipId: string };
  model: boolean;
  cloth: boolean;
}

/** The one reading of "script and avatar disagree", for preflight and the script panel alike. */
export function scriptAvatarMismatches(scene: {
  clips: readonly Clip[];
  scripts?: readonly Script[];
}): ScriptAvatarMismatch[] {
  const avatar = scene.clips.find((c): c is AiModelClip => c.type === 'aiModel');
  if (!avatar) return [];
  const { ai_name: modelId, emotion: clothId } = avatar.model;
  return (scene.scripts ?? []).flatMap((script, scriptIndex) => {
    const model = script.modelId !== modelId;
    const cloth = script.clothId !== clothId;
    if (!model && !cloth) return [];
    const ids = { modelId: script.modelId, clothId: script.clothId };
    return [
      { scriptIndex, script: ids, avatar: { modelId, clothId, clipId: avatar.id }, model, cloth },
    ];
  });
}

/** Places `clip` as the scene's only avatar (replacing any), keeping the old one's layer. */
export function placeAvatar(project: Project, sceneId: string, clip: AiModelClip): Project {
  return mapScene(project, sceneId, (scene) => {
    const old = avatarClipOf(scene);
    const placed = old ? { ...clip, layer: old.layer } : clip;
    const clips = old ? scene.clips.map((c) => (c === old ? placed : c)) : [...scene.clips, placed];
    return syncSceneScript({ ...scene, clips });
  });
}

/** Another outfit of the same avatar: same position and scale, the new outfit's intrinsic size. */
export function setAvatarModel(project: Project, sceneId: string, model: AvatarModel): Project {
  return mapScene(project, sceneId, (scene) => {
    const old = avatarClipOf(scene);
    if (!old) return scene;
    const width = model.deploySize?.edit_width ?? model.editor?.modelTightW ?? old.width;
    const height = model.deploySize?.edit_height ?? model.editor?.modelTightH ?? old.height;
    const next: AiModelClip = { ...old, model: structuredClone(model), width, height };
    return syncSceneScript({ ...scene, clips: scene.clips.map((c) => (c === old ? next : c)) });
  });
}

export function setVoiceOnly(project: Project, sceneId: string, voiceOnly: boolean): Project {
  return mapScene(project, sceneId, (scene) => {
    const old = avatarClipOf(scene);
    if (!old || old.voiceOnly === voiceOnly) return scene;
    return { ...scene, clips: scene.clips.map((c) => (c === old ? { ...old, voiceOnly } : c)) };
  });
}

/**
 * Copies the avatar (model and outfit; positions stay per scene) and the voice of one scene to all
 * others. Scenes without an avatar get a copy of the source clip with a fresh id.
 */
export function applyAvatarToAll(
  project: Project,
  sourceSceneId: string,
  newId: (type: string) => string,
): Project {
  const source = findScene(project, sourceSceneId);
  const avatar = source && avatarClipOf(source);
  if (!source || !avatar) return project;
  const tts = speechVoice(source);
  const voice = { isTTS: source.scripts?.[0]?.isTTS ?? tts !== null, tts };
  let next = project;
  for (const scene of project.scenes) {
    if (scene.id === source.id) continue;
    const own = avatarClipOf(scene);
    const id = newId('aiModel');
    next = own
      ? setAvatarModel(next, scene.id, avatar.model)
      : placeAvatar(next, scene.id, { ...structuredClone(avatar), id, name: id });
    next = mapScene(next, scene.id, (s) => withSpeech(s, { isTTS: voice.isTTS, tts: voice.tts }));
  }
  return next;
}
