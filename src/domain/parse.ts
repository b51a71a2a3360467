import type { z } from 'zod';
import { checkLimits, LIMITS } from './limits';
import type { Project, Scene } from './project';
import { editorProjectRequestSchema, type EditorProjectRequest } from './schema/request';

export type IssuePath = (string | number)[];

export interface ParseProblem {
  path: IssuePath;
  code: string;
  message: string;
}

/** The only error `parse` reports; it never throws. */
export class ParseError extends Error {
  readonly problems: ParseProblem[];
  constructor(problems: ParseProblem[]) {
    const first = problems[0];
    super(first ? `${formatPath(first.path)}: ${first.message}` : 'Invalid project');
    this.name = 'ParseError';
    this.problems = problems;
  }
}

export type ParseResult = { ok: true; project: Project } | { ok: false; error: ParseError };

export interface ParseOptions {
  /** Scene keys are editor-only; callers pass their id source so `parse` stays pure. */
  sceneId?: (index: number) => string;
  /** How many problems to report at most. */
  maxProblems?: number;
}

export const formatPath = (path: IssuePath): string =>
  path.length === 0
    ? '(root)'
    : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

export function problemsFromZod(error: z.ZodError, max: number = LIMITS.issues): ParseProblem[] {
  return error.issues.slice(0, max).map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: issue.code,
    message: issue.message,
  }));
}

const SCENE_KEYS = new Set([
  'sceneIdx',
  'scripts',
  'background',
  'clips',
  'watermark',
  'thumbnailUrl',
]);
const PROJECT_KEYS = new Set([
  'name',
  'orientation',
  'isExport',
  'workspaceId',
  'resolution',
  'webhookUrl',
  'scenes',
]);

function omitKeys(source: Record<string, unknown>, keys: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    if (!keys.has(key))
      Object.defineProperty(out, key, {
        value: source[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/** A validated request -> the editor's project (scenes in `sceneIdx` order). */
export function fromRequest(request: EditorProjectRequest, options: ParseOptions = {}): Project {
  const sceneId = options.sceneId ?? ((i: number) => `scene-${i}`);
  const ordered = request.scenes
    .map((scene, index) => ({ scene, index }))
    .sort((a, b) => a.scene.sceneIdx - b.scene.sceneIdx || a.index - b.index);
  const scenes: Scene[] = ordered.map(({ scene }, i) => {
    const out: Scene = {
      id: sceneId(i),
      background: scene.background,
      scripts: scene.scripts,
      clips: scene.clips,
      extra: omitKeys(scene, SCENE_KEYS),
    };
    if (scene.watermark !== undefined) out.watermark = scene.watermark;
    if (scene.thumbnailUrl !== undefined) out.thumbnailUrl = scene.thumbnailUrl;
    return out;
  });
  const project: Project = { scenes, extra: omitKeys(request, PROJECT_KEYS) };
  if (request.name !== undefined) project.name = request.name;
  if (request.orientation !== undefined) project.orientation = request.orientation;
  if (request.isExport !== undefined) project.isExport = request.isExport;
  if (request.workspaceId !== undefined) project.workspaceId = request.workspaceId;
  if (request.resolution !== undefined) project.resolution = request.resolution;
  if (request.webhookUrl !== undefined) project.webhookUrl = request.webhookUrl;
  return project;
}

/** unknown -> project, or a ParseError naming the paths of the first problems. Never throws. */
export function parse(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    const limit = checkLimits(input, 'project');
    if (limit) return { ok: false, error: new ParseError([limit]) };
    const result = editorProjectRequestSchema.safeParse(input);
    if (!result.success) {
      return {
        ok: false,
        error: new ParseError(problemsFromZod(result.error, options.maxProblems)),
      };
    }
    return { ok: true, project: fromRequest(structuredClone(result.data), options) };
  } catch (cause) {
    // Hostile input (getters that throw, cycles, revoked proxies) must still yield the typed error.
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: new ParseError([{ path: [], code: 'unreadable', message }]) };
  }
}
