import { ref, renderMessage, type MessageParam, type MessageParams } from './messages/message';
import { INPUT_MESSAGES } from './messages/input-messages';

/**
 * Every size limit of a request, in one place (the README's Security section shows this table).
 * AI Studios documents none; these are generous for real projects and small enough that checking
 * a request never holds the server for long. Each is checked before a schema walks the value.
 */
export const LIMITS = {
  /** Scenes in one project (`scenes`). */
  scenesPerProject: 200,
  /** Clips in one scene (`scenes[i].clips`). */
  clipsPerScene: 5_000,
  /** Scripts in one scene (`scenes[i].scripts`). */
  scriptsPerScene: 20,
  /** Characters of one script (`scripts[j].org`) or of a simple video's `text`. */
  scriptChars: 5_000,
  /** Characters of any other string (names, URLs, colours, ids). */
  stringChars: 8_192,
  /** Elements of any other array. */
  arrayItems: 1_000,
  /** Nesting depth of objects and arrays. */
  depth: 32,
  /** Values (objects, arrays, scalars) in the whole body. */
  values: 250_000,
  /** Problems reported for one request; the rest are not looked for. */
  issues: 50,
} as const;

/** Ids the upstream uses (24-hex object ids) and ours (base64url): safe to place in a URL path. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const isSafeId = (value: unknown): value is string =>
  typeof value === 'string' && ID_PATTERN.test(value);

export interface LimitProblem {
  path: (string | number)[];
  /** `limit.<name>`: which limit was passed. */
  code: string;
  /** English, for the server and CLI; the UI says `code` with `params` (see INPUT_MESSAGES). */
  message: string;
  params: MessageParams;
}

/** A limit problem with its English sentence from INPUT_MESSAGES (`context` picks a variant). */
export function limitProblem(
  path: (string | number)[],
  code: string,
  params: MessageParams,
): LimitProblem {
  const key = typeof params.context === 'string' ? `${code}_${params.context}` : code;
  return { path, code, message: renderMessage(INPUT_MESSAGES, key, params), params };
}

export type Shape = 'project' | 'simple' | 'any';

/** The named fields of a path, indices left out: `scenes.clips` for scenes[2].clips[7]. */
const fieldsOf = (path: (string | number)[]) => path.filter((p) => typeof p === 'string').join('.');

/** The limit for an array at this path (the same for every index): [max, name]. */
export const arrayLimit = (shape: Shape, path: (string | number)[]) =>
  arrayLimitAt(shape, fieldsOf(path));

function arrayLimitAt(shape: Shape, at: string): [number, string] {
  if (shape === 'project' && at === 'scenes') return [LIMITS.scenesPerProject, 'scenesPerProject'];
  if (shape === 'project' && at === 'scenes.clips') return [LIMITS.clipsPerScene, 'clipsPerScene'];
  if (shape === 'project' && at === 'scenes.scripts')
    return [LIMITS.scriptsPerScene, 'scriptsPerScene'];
  return [LIMITS.arrayItems, 'arrayItems'];
}

function stringLimitAt(shape: Shape, at: string): [number, string] {
  if ((shape === 'project' && at === 'scenes.scripts.org') || (shape === 'simple' && at === 'text'))
    return [LIMITS.scriptChars, 'scriptChars'];
  return [LIMITS.stringChars, 'stringChars'];
}

/** The path as the request writes it, or "the request" (a message, said in the UI's language). */
export const where = (path: (string | number)[]): MessageParam =>
  path.length === 0
    ? ref('limit.the-request')
    : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** Below these a string or array passes whatever its path: its path is not looked at. */
const SHORTEST_STRING_LIMIT = Math.min(LIMITS.scriptChars, LIMITS.stringChars);
const SHORTEST_ARRAY_LIMIT = Math.min(
  LIMITS.scenesPerProject,
  LIMITS.clipsPerScene,
  LIMITS.scriptsPerScene,
  LIMITS.arrayItems,
);

/**
 * Checks sizes, depth and value count, stopping at the first limit passed (in document order):
 * an array's length is read before any element is visited, so a million-element list costs one
 * comparison. The walk recurses, but never deeper than `LIMITS.depth`: a deeper value is a problem
 * found before it is entered, so no value can overflow the stack. One path is kept, pushed and
 * popped, and read only for a long string or array or a problem: building a path or an entry per
 * value cost more than the check (a merge checks 1,000 requests; the server, every body).
 * Returns undefined when the value is within limits.
 */
export function checkLimits(
  input: unknown,
  shape: Shape = 'any',
  /** Given, it is told how many values the walk counted (all of them when within limits). */
  tally?: { values: number },
): LimitProblem | undefined {
  const path: (string | number)[] = [];
  let values = 0;
  const passed = (name: string, params: MessageParams): LimitProblem =>
    limitProblem([...path], `limit.${name}`, { where: where(path), ...params });
  const visit = (value: unknown, depth: number): LimitProblem | undefined => {
    if (++values > LIMITS.values) return limitProblem([], 'limit.values', { max: LIMITS.values });
    if (typeof value === 'string') {
      if (value.length <= SHORTEST_STRING_LIMIT) return undefined;
      const [max, name] = stringLimitAt(shape, fieldsOf(path));
      return value.length > max ? passed(name, { length: value.length, max }) : undefined;
    }
    if (value === null || typeof value !== 'object') return undefined;
    if (depth >= LIMITS.depth) return passed('depth', { max: LIMITS.depth });
    if (Array.isArray(value)) {
      if (value.length > SHORTEST_ARRAY_LIMIT) {
        const [max, name] = arrayLimitAt(shape, fieldsOf(path));
        if (value.length > max) return passed(name, { length: value.length, max });
      }
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const problem = visit(value[i], depth + 1);
        path.pop();
        if (problem) return problem;
      }
      return undefined;
    }
    const keys = Object.keys(value);
    if (keys.length > LIMITS.arrayItems)
      return passed('arrayItems', {
        length: keys.length,
        max: LIMITS.arrayItems,
        context: 'fields',
      });
    for (const key of keys) {
      path.push(key);
      const problem = visit((value as Record<string, unknown>)[key], depth + 1);
      path.pop();
      if (problem) return problem;
    }
    return undefined;
  };
  const problem = visit(input, 0);
  if (tally) tally.values = values;
  return problem;
}
