import type { Scene } from './project';
import type { AiModelClip } from './schema/clips';
import type { Script } from './schema/request';

/**
 * A scene's speech may travel in two places: `scenes[].scripts[0]` (the 1.6.x create-project page,
 * which calls it required) and the avatar clip's `script: {org, tts}` (the 1.4.x clip reference,
 * the getting-started page, the JSON-template tutorial and the sample repository, which send no
 * `scenes[].scripts`). The editor shows one text; every edit writes every place the scene carries,
 * and a scene that carries neither gets the documented `scenes[].scripts`.
 */
type Speaking = Pick<Scene, 'scripts' | 'clips'>;

export type ClipScript = { org?: string; tts?: unknown; [key: string]: unknown };

const isAvatar = (clip: Scene['clips'][number]): clip is AiModelClip => clip.type === 'aiModel';

/** The avatar clips that carry their own `script` object. */
export const clipsWithScript = (scene: Pick<Scene, 'clips'>): AiModelClip[] =>
  scene.clips.filter(
    (c): c is AiModelClip => isAvatar(c) && typeof c.script === 'object' && c.script !== null,
  );

export type SpeechForm = 'scene-scripts' | 'clip-script' | 'both' | 'none';

export function speechFormOf(scene: Speaking): SpeechForm {
  const inScripts = scene.scripts !== undefined;
  const inClip = clipsWithScript(scene).length > 0;
  if (inScripts && inClip) return 'both';
  if (inScripts) return 'scene-scripts';
  return inClip ? 'clip-script' : 'none';
}

/** The one text the editor shows: the scene script first, else the first avatar clip's. */
export function speechOrg(scene: Speaking): string {
  const script = scene.scripts?.[0];
  if (script) return script.org;
  const org = clipsWithScript(scene)[0]?.script?.org;
  return typeof org === 'string' ? org : '';
}

/** The voice as the scene carries it: the scene script's, else the avatar clip script's `tts`. */
export function speechVoice(scene: Speaking): Record<string, unknown> | null {
  const script = scene.scripts?.[0];
  if (script) return script.tts;
  const tts = clipsWithScript(scene)[0]?.script?.tts;
  return typeof tts === 'object' && tts !== null ? (tts as Record<string, unknown>) : null;
}

/** Every spoken text of the scene, each place once (for length estimates). */
export function spokenOrgs(scene: Speaking): string[] {
  if (scene.scripts !== undefined) return scene.scripts.map((s) => s.org);
  const org = speechOrg(scene);
  return org === '' ? [] : [org];
}

export interface SpeechPatch {
  org?: string;
  isTTS?: boolean;
  tts?: Record<string, unknown> | null;
  modelId?: string;
  clothId?: string;
}

function patchClipScript(script: ClipScript, patch: SpeechPatch): ClipScript {
  const next: ClipScript = { ...script };
  if (patch.org !== undefined) next.org = patch.org;
  if (patch.tts !== undefined) next.tts = patch.tts;
  // The clip form documents only `org` and `tts`; `isTTS` is written only where it already is.
  if (patch.isTTS !== undefined && 'isTTS' in script) next.isTTS = patch.isTTS;
  return next;
}

/**
 * Writes `patch` to every place the scene carries its speech. Avatar ids (`modelId`, `clothId`)
 * exist only in `scenes[].scripts`. A scene with no speech anywhere gets a `scenes[].scripts`
 * entry naming its avatar.
 */
export function withSpeech(scene: Scene, patch: SpeechPatch): Scene {
  const form = speechFormOf(scene);
  let next = scene;
  if (form === 'clip-script' || form === 'both') {
    const speechPatch = { ...patch };
    delete speechPatch.modelId;
    delete speechPatch.clothId;
    if (Object.keys(speechPatch).length > 0) {
      const clips = scene.clips.map((c) =>
        isAvatar(c) && typeof c.script === 'object' && c.script !== null
          ? { ...c, script: patchClipScript(c.script as ClipScript, speechPatch) }
          : c,
      );
      next = { ...next, clips };
    }
  }
  if (form === 'clip-script') return next;
  const [first, ...rest] = scene.scripts ?? [];
  const avatar = scene.clips.find(isAvatar);
  const base: Script = first ?? {
    org: '',
    isTTS: false,
    tts: null,
    modelId: avatar?.model.ai_name ?? '',
    clothId: avatar?.model.emotion ?? '',
  };
  return { ...next, scripts: [{ ...base, ...patch }, ...rest] };
}

/** The text at every place the scene carries it (scene script first, then avatar clips). */
export function everySpeechOrg(scene: Speaking): unknown[] {
  const first = scene.scripts?.[0];
  return [...(first ? [first.org] : []), ...clipsWithScript(scene).map((c) => c.script?.org)];
}

/** The request paths where scene `s` carries its speech text (for tests and issue lists). */
export function speechPaths(scene: Speaking, s: number): (string | number)[][] {
  const paths: (string | number)[][] = [];
  if (scene.scripts?.[0]) paths.push(['scenes', s, 'scripts', 0, 'org']);
  scene.clips.forEach((c, i) => {
    if (isAvatar(c) && typeof c.script === 'object' && c.script !== null)
      paths.push(['scenes', s, 'clips', i, 'script', 'org']);
  });
  return paths;
}
