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

/**
 * Checks sizes, depth and value count, stopping at the first limit passed: an array's length is
 * read before any element is visited, so a million-element list costs one comparison. Iterative,
 * so a deep value cannot overflow the stack. Returns undefined when the value is within limits.
 */
export function checkLimits(input: unknown, shape: Shape = 'any'): LimitProblem | undefined {
  const stack: Pending[] = [{ value: input, parent: null, key: 0, at: '', depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value, at, depth } = entry;
    if (++values > LIMITS.values) return limitProblem([], 'limit.values', { max: LIMITS.values });
    if (typeof value === 'string') {
      const [max, name] = stringLimitAt(shape, at);
      if (value.length > max) return passed(entry, name, { length: value.length, max });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= LIMITS.depth) return passed(entry, 'depth', { max: LIMITS.depth });
    if (Array.isArray(value)) {
      const [max, name] = arrayLimitAt(shape, at);
      if (value.length > max) return passed(entry, name, { length: value.length, max });
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], parent: entry, key: i, at, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > LIMITS.arrayItems)
      return passed(entry, 'arrayItems', {
        length: keys.length,
        max: LIMITS.arrayItems,
        context: 'fields',
      });
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const child = (value as Record<string, unknown>)[key];
      stack.push({
        value: child,
        parent: entry,
        key,
        at: at ? `${at}.${key}` : key,
        depth: depth + 1,
      });
    }
  }
  return undefined;
}

/** The problem of the limit `name` passed at `entry`, said with where it is. */
function passed(entry: Pending, name: string, params: MessageParams): LimitProblem {
  const path = pathOf(entry);
  return limitProblem(path, `limit.${name}`, { where: where(path), ...params });
}

/**
 * A value waiting to be checked. Its path is kept as a link to its parent and built only for a
 * problem: copying the path for every value cost more than the check (a merge checks 1,000
 * requests).
 */
interface Pending {
  value: unknown;
  parent: Pending | null;
  key: string | number;
  /** The named fields of its path (see `fieldsOf`), which decide its limit. */
  at: string;
  depth: number;
}

function pathOf(entry: Pending): (string | number)[] {
  const path: (string | number)[] = [];
  for (let e: Pending | null = entry; e?.parent; e = e.parent) path.push(e.key);
  return path.reverse();
}
