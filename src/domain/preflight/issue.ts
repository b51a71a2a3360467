import type { IssuePath } from '../parse';
import type { StageSize } from '../geometry';
import { perObject } from '../per-object';
import { clipTypeOf, isOpaqueClip, type AiModelClip, type Clip } from '../schema/clips';
import type { EditorProjectRequest, SceneRequest } from '../schema/request';
import type { PreflightIssue, PreflightOptions, Severity } from './types';
import { ref, renderMessage, type MessageParam, type MessageParams } from '../messages/message';
import { PREFLIGHT_MESSAGES } from './messages';

export interface RuleContext {
  options: PreflightOptions;
  stage: StageSize;
}

/** One concern of preflight: reads a schema-valid request, returns its findings. */
export type Rule = (request: EditorProjectRequest, ctx: RuleContext) => PreflightIssue[];

/**
 * Scene index and field from a request path: the field is what follows the scene's clip, script or
 * background (e.g. `animation.duration`), or the whole path at the top level.
 */
export function locate(path: IssuePath): { sceneIndex?: number; field?: string } {
  let rest = path;
  let sceneIndex: number | undefined;
  if (path[0] === 'scenes' && typeof path[1] === 'number') {
    sceneIndex = path[1];
    rest = path.slice(2);
    if ((rest[0] === 'clips' || rest[0] === 'scripts') && typeof rest[1] === 'number')
      rest = rest.slice(2);
    else if (rest[0] === 'background') rest = rest.slice(1);
  }
  const field = rest.map(String).join('.');
  return { ...(sceneIndex === undefined ? {} : { sceneIndex }), ...(field ? { field } : {}) };
}

/**
 * A finding. `text` is either the English sentence itself (schema and limit findings, which quote
 * zod) or the parameters of the code's template in PREFLIGHT_MESSAGES; a `context` parameter picks
 * the template `<code>_<context>`, as i18next does.
 */
export function issue(
  severity: Severity,
  code: string,
  text: string | MessageParams,
  path: IssuePath,
  clipId?: string,
): PreflightIssue {
  const message =
    typeof text === 'string'
      ? text
      : renderMessage(PREFLIGHT_MESSAGES, templateKey(code, text), text);
  return {
    severity,
    code,
    message,
    ...(typeof text === 'string' ? {} : { params: text }),
    path,
    ...locate(path),
    ...(clipId === undefined ? {} : { clipId }),
  };
}

export const clipPath = (
  sceneIndex: number,
  clipIndex: number,
  ...rest: (string | number)[]
): IssuePath => ['scenes', sceneIndex, 'clips', clipIndex, ...rest];

export const scriptPath = (sceneIndex: number, scriptIndex: number, field: string): IssuePath => [
  'scenes',
  sceneIndex,
  'scripts',
  scriptIndex,
  field,
];

export const templateKey = (code: string, params: MessageParams) =>
  typeof params.context === 'string' ? `${code}_${params.context}` : code;

/** "Scene 2" for index 1: people count from one; paths keep the array index. */
export const sceneName = (sceneIndex: number) => ref('subject.scene', { scene: sceneIndex + 1 });

/** A clip's kind as a message ("image", 이미지), so each language names it; an unknown type as sent. */
export const clipKindParam = (clip: Clip): MessageParam =>
  isOpaqueClip(clip) ? clipTypeOf(clip) : ref(`kind.${clip.type}`);

/** "Scene 2: the image clip "logo"". */
export const clipName = (sceneIndex: number, clip: Clip) =>
  ref('subject.clip', { scene: sceneIndex + 1, type: clipKindParam(clip), id: clip.id });

type ClipAt = readonly [Clip, number, number, SceneRequest];

/**
 * Every clip with its scene and position, in request order. Listed once per request: most rules
 * walk every clip, and a merge checks a request per row. Rules read requests and never change them.
 */
export const eachClip = perObject((request: EditorProjectRequest): readonly ClipAt[] => {
  const list: ClipAt[] = [];
  request.scenes.forEach((scene, sceneIndex) =>
    scene.clips.forEach((clip, clipIndex) => list.push([clip, sceneIndex, clipIndex, scene])),
  );
  return list;
});

/** The scene's aiModel clips with their indexes; the first one is "the avatar" of the scene. */
export const avatarsOf = (scene: SceneRequest): { clip: AiModelClip; index: number }[] =>
  scene.clips.flatMap((clip, index) => (clip.type === 'aiModel' ? [{ clip, index }] : []));

/** Shown on the stage: not removed from the scene (`isDelete`) and not voice-only. */
export const isVisibleAvatar = (clip: AiModelClip) =>
  clip.isDelete !== true && clip.voiceOnly !== true;

/** True when `value` lies outside [min, max], or is not a whole number where one is required. */
export const outOfRange = (value: number, range: { min: number; max: number }, integer = false) =>
  value < range.min || value > range.max || (integer && !Number.isInteger(value));
