import { findScene, mapScene } from './clip-edits';
import type { Project, Scene } from './project';
import type { AiModelClip, AvatarModel } from './schema/clips';
import {
  speechFormOf,
  everySpeechOrg,
  speechVoice,
  withSpeech,
  type SpeechPatch,
} from './speech-forms';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const DECODE: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
  apos: "'",
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Plain text -> `org`: each line a `<p>`, HTML escaped, as the upstream editor writes it. */
export function plainTextToOrg(text: string): string {
  if (text === '') return '';
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** `org` -> the text a person edits: paragraphs become lines, tags go, entities decode. */
export function orgToPlainText(org: string): string {
  return org
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#?\w+);/g, (m, name: string) => DECODE[name] ?? m);
}

export const avatarClipOf = (scene: Scene): AiModelClip | undefined =>
  scene.clips.find((c): c is AiModelClip => c.type === 'aiModel');

/** Every place the scene carries its speech changes together (see speech-forms.ts). */
const withScript = (scene: Scene, patch: SpeechPatch): Scene => withSpeech(scene, patch);

/** The script's avatar ids follow the scene's avatar clip; this is the one way they change. */
export function syncSceneScript(scene: Scene): Scene {
  const avatar = avatarClipOf(scene);
  if (!avatar) return scene;
  const script = scene.scripts?.[0];
  if (speechFormOf(scene) === 'clip-script') return scene;
  if (script && script.modelId === avatar.model.ai_name && script.clothId === avatar.model.emotion)
    return scene;
  return withScript(scene, { modelId: avatar.model.ai_name, clothId: avatar.model.emotion });
}

export const syncScript = (project: Project, sceneId: string) =>
  mapScene(project, sceneId, syncSceneScript);

export const setScriptText = (project: Project, sceneId: string, org: string) =>
  mapScene(project, sceneId, (scene) =>
    everySpeechOrg(scene).length > 0 && everySpeechOrg(scene).every((o) => o === org)
      ? scene
      : withScript(scene, { org }),
  );

export const setVoice = (project: Project, sceneId: string, tts: Record<string, unknown> | null) =>
  mapScene(project, sceneId, (scene) => withScript(scene, { isTTS: tts !== null, tts }));

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
    next = mapScene(next, scene.id, (s) => withScript(s, { isTTS: voice.isTTS, tts: voice.tts }));
  }
  return next;
}
