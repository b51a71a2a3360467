import { z } from 'zod';
import { LIMITS } from '../limits';
import { clipSchema } from './clips';
import { editorProjectRequestSchema, sceneSchema, type EditorProjectRequest } from './request';

/** Up to this many clips a request (or a scene) is parsed whole: at worst a few thousand issues. */
export const WHOLE_PARSE_CLIPS = 500;

const requestShell = editorProjectRequestSchema.extend({ scenes: z.array(z.unknown()).min(1) });
const sceneShell = sceneSchema.extend({ clips: z.array(z.unknown()) });

type Parsed =
  | { success: true; data: EditorProjectRequest }
  | { success: false; error: z.ZodError<EditorProjectRequest> };

const clipCount = (input: unknown): number => {
  const scenes = (input as { scenes?: unknown } | null)?.scenes;
  if (!Array.isArray(scenes)) return 0;
  let clips = 0;
  for (const scene of scenes) {
    const list = (scene as { clips?: unknown } | null)?.clips;
    if (Array.isArray(list)) clips += list.length;
  }
  return clips;
};

/**
 * `editorProjectRequestSchema.safeParse(input, { reportInput: true })`, except that a request of
 * many clips is parsed scene by scene (a scene of many clips, clip by clip), and the parse stops
 * once `max` problems are found. Zod builds an issue for every bad clip before anything can cut
 * the list: 200 scenes of 1,000 bad clips, within every size limit, held the server for a second
 * per request. Call after `checkLimits`, which bounds the number of scenes and clips.
 */
export function parseRequest(input: unknown, max: number = LIMITS.issues): Parsed {
  const options = { reportInput: true };
  if (clipCount(input) <= WHOLE_PARSE_CLIPS)
    return editorProjectRequestSchema.safeParse(input, options);
  const issues: z.core.$ZodIssue[] = [];
  const note = (found: readonly z.core.$ZodIssue[], at: PropertyKey[]) => {
    for (const issue of found) issues.push({ ...issue, path: [...at, ...issue.path] });
    return issues.length >= max;
  };
  const failed = () => ({
    success: false as const,
    error: new z.ZodError(issues) as z.ZodError<EditorProjectRequest>,
  });
  const shell = requestShell.safeParse(input, options);
  if (!shell.success && note(shell.error.issues, [])) return failed();
  const scenes = (input as { scenes: unknown[] }).scenes;
  const parsedScenes: unknown[] = [];
  for (const [s, scene] of scenes.entries()) {
    const clips = (scene as { clips?: unknown } | null)?.clips;
    if (!Array.isArray(clips) || clips.length <= WHOLE_PARSE_CLIPS) {
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
