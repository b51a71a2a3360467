import { z } from 'zod';
import { LIMITS } from '../limits';
import { clipSchema } from './clips';
import { flatIssues } from './flat-issues';
import { editorProjectRequestSchema, sceneSchema, type EditorProjectRequest } from './request';

/**
 * Up to this many values a request (or a scene) is parsed whole: at worst some thousands of issues,
 * a few milliseconds. A bigger scene is parsed clip by clip.
 */
export const WHOLE_PARSE_VALUES = 10_000;

const requestShell = editorProjectRequestSchema.extend({ scenes: z.array(z.unknown()).min(1) });
const sceneShell = sceneSchema.extend({ clips: z.array(z.unknown()) });

type Parsed =
  | { success: true; data: EditorProjectRequest }
  | { success: false; error: z.ZodError<EditorProjectRequest> };

/** Values (objects, arrays, scalars) in `value`; `checkLimits` has bounded its depth. */
function valueCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  let n = 1;
  for (const item of Array.isArray(value) ? value : Object.values(value)) n += valueCount(item);
  return n;
}

const SCENE_KEYS = Object.keys(sceneSchema.shape);
const REQUEST_KEYS = Object.keys(editorProjectRequestSchema.shape);
const rank = (keys: string[], key: PropertyKey | undefined) => {
  const at = keys.indexOf(String(key));
  return at < 0 ? keys.length : at;
};
/** The whole parse's order: the request's fields as its schema lists them, each scene's as its. */
const inParseOrder = (a: z.core.$ZodIssue, b: z.core.$ZodIssue) =>
  rank(REQUEST_KEYS, a.path[0]) - rank(REQUEST_KEYS, b.path[0]) ||
  (a.path[0] === 'scenes' && b.path[0] === 'scenes'
    ? Number(a.path[1]) - Number(b.path[1]) ||
      rank(SCENE_KEYS, a.path[2]) - rank(SCENE_KEYS, b.path[2])
    : 0);

/**
 * `editorProjectRequestSchema.safeParse(input, { reportInput: true })`, except that a big request
 * is parsed scene by scene (a big scene, clip by clip), and the parse stops once `max` problems are
 * found, reported in the whole parse's order. Zod builds an issue for every bad value before
 * anything can cut the list: 200 scenes of 1,000 bad clips, within every size limit, held the
 * server for a second per request. Call after `checkLimits`, which bounds sizes and depth.
 */
export function parseRequest(
  input: unknown,
  max: number = LIMITS.issues,
  /** The values in `input`, as `checkLimits` counted them; counted here when not given. */
  values: number = valueCount(input),
): Parsed {
  const options = { reportInput: true };
  if (values <= WHOLE_PARSE_VALUES) return editorProjectRequestSchema.safeParse(input, options);
  const scenes = (input as { scenes?: unknown } | null)?.scenes;
  const sizes = Array.isArray(scenes) ? scenes.map(valueCount) : [];
  const issues: z.core.$ZodIssue[] = [];
  /** Problems as they are reported (a failed clip's union issue holds its branch's problems). */
  let reported = 0;
  const note = (found: readonly z.core.$ZodIssue[], at: PropertyKey[]) => {
    for (const issue of found) issues.push({ ...issue, path: [...at, ...issue.path] });
    reported += flatIssues(found).length;
    return reported >= max;
  };
  const failed = () => ({
    success: false as const,
    error: new z.ZodError(issues.sort(inParseOrder)) as z.ZodError<EditorProjectRequest>,
  });
  const shell = requestShell.safeParse(input, options);
  if (!shell.success && note(shell.error.issues, [])) return failed();
  // Without a list of scenes the shell has said so; there is nothing more to walk.
  if (!Array.isArray(scenes)) return failed();
  const parsedScenes: unknown[] = [];
  for (const [s, scene] of scenes.entries()) {
    const clips = (scene as { clips?: unknown } | null)?.clips;
    if (!Array.isArray(clips) || sizes[s]! <= WHOLE_PARSE_VALUES) {
      const whole = sceneSchema.safeParse(scene, options);
      if (whole.success) parsedScenes.push(whole.data);
      else if (note(whole.error.issues, ['scenes', s])) return failed();
      continue;
    }
    const head = sceneShell.safeParse(scene, options);
    if (!head.success && note(head.error.issues, ['scenes', s])) return failed();
    const parsedClips: unknown[] = [];
    for (const [c, clip] of clips.entries()) {
      const one = clipSchema.safeParse(clip, options);
      if (one.success) parsedClips.push(one.data);
      else if (note(one.error.issues, ['scenes', s, 'clips', c])) return failed();
    }
    if (head.success) parsedScenes.push({ ...head.data, clips: parsedClips });
  }
  if (issues.length > 0 || !shell.success) return failed();
  return {
    success: true,
    data: { ...shell.data, scenes: parsedScenes } as EditorProjectRequest,
  };
}
