import type { z } from 'zod';
import { checkLimits, LIMITS } from './limits';
import type { MessageParams } from './messages/message';
import type { Project, Scene } from './project';
import { flatIssues } from './schema/flat-issues';
import { parseRequest } from './schema/parse-request';
import type { EditorProjectRequest } from './schema/request';

export type IssuePath = (string | number)[];

export interface ParseProblem {
  path: IssuePath;
  code: string;
  message: string;
  /** 1-based place in the imported text, for problems found while reading it. */
  line?: number;
  column?: number;
  /** The values of the code's template in INPUT_MESSAGES (limits, JSON reading), for the UI. */
  params?: MessageParams;
  /** What zod expected, so the UI can say it in plain words (set by `parse`, not by the server). */
  detail?: ProblemDetail;
}

export interface ProblemDetail {
  origin?: string;
  minimum?: number;
  maximum?: number;
  /** The field is absent (rather than of the wrong kind). */
  missing?: boolean;
}

/** What zod expected of a field, without its English sentence. */
export const detailOf = (issue: ZodIssue): ProblemDetail => {
  const detail: ProblemDetail = {};
  if ('origin' in issue && typeof issue.origin === 'string') detail.origin = issue.origin;
  if ('minimum' in issue) detail.minimum = Number(issue.minimum);
  if ('maximum' in issue) detail.maximum = Number(issue.maximum);
  if (issue.code === 'invalid_type') detail.missing = issue.input === undefined;
  return detail;
};

/** The only error `parse` reports; it never throws. */
export class ParseError extends Error {
  readonly problems: ParseProblem[];
  constructor(problems: ParseProblem[]) {
    const first = problems[0];
    super(first ? describeProblem(first) : 'Invalid project');
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

type ZodIssue = z.ZodError['issues'][number];

export { flatIssues };

/** One line a person reads: where (a text place, else the field path), then what. */
export const describeProblem = (problem: ParseProblem): string =>
  problem.line !== undefined
    ? `Line ${problem.line}, column ${problem.column ?? 1}: ${problem.message}`
    : `${formatPath(problem.path)}: ${problem.message}`;

export function problemsFromZod(
  error: z.ZodError,
  max: number = LIMITS.issues,
  withDetail = false,
): ParseProblem[] {
  return flatIssues(error.issues)
    .slice(0, max)
    .map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: issue.code,
      message: issue.message,
      ...(withDetail ? { detail: detailOf(issue) } : {}),
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

/** A validated request -> the editor's project (scenes in request order, `sceneIdx` kept). */
export function fromRequest(request: EditorProjectRequest, options: ParseOptions = {}): Project {
  const sceneId = options.sceneId ?? ((i: number) => `scene-${i}`);
  const scenes: Scene[] = request.scenes.map((scene, i) => {
    const out: Scene = {
      id: sceneId(i),
      background: scene.background,
      clips: scene.clips,
      sceneIdx: scene.sceneIdx,
      extra: omitKeys(scene, SCENE_KEYS),
    };
    if (scene.scripts !== undefined) out.scripts = scene.scripts;
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
    const tally = { values: 0 };
    const limit = checkLimits(input, 'project', tally);
    if (limit) return { ok: false, error: new ParseError([limit]) };
    // The input is reported so that a missing field can be told from one of the wrong kind.
    const result = parseRequest(input, options.maxProblems, tally.values);
    if (!result.success) {
      return {
        ok: false,
        error: new ParseError(problemsFromZod(result.error, options.maxProblems, true)),
      };
    }
    return { ok: true, project: fromRequest(structuredClone(result.data), options) };
  } catch (cause) {
    // Hostile input (getters that throw, cycles, revoked proxies) must still yield the typed error.
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: new ParseError([{ path: [], code: 'unreadable', message }]) };
  }
}
