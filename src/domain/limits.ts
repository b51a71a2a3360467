/**
 * Every size limit of a request, in one place (the README's Security section shows this table).
 * AI Studios documents none; these are generous for real projects and small enough that checking
 * a request never holds the server for long. Each is checked before a schema walks the value.
 */
export const LIMITS = {
  /** Scenes in one project (`scenes`). */
  scenesPerProject: 200,
  /** Clips in one scene (`scenes[i].clips`). */
  clipsPerScene: 100,
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
  message: string;
}

export type Shape = 'project' | 'simple' | 'any';

/** The limit for an array at this path (the same for every index): [max, name, what]. */
export function arrayLimit(shape: Shape, path: (string | number)[]): [number, string, string] {
  const at = path.filter((p) => typeof p === 'string').join('.');
  if (shape === 'project' && at === 'scenes')
    return [LIMITS.scenesPerProject, 'scenesPerProject', 'scenes per project'];
  if (shape === 'project' && at === 'scenes.clips')
    return [LIMITS.clipsPerScene, 'clipsPerScene', 'clips per scene'];
  if (shape === 'project' && at === 'scenes.scripts')
    return [LIMITS.scriptsPerScene, 'scriptsPerScene', 'scripts per scene'];
  return [LIMITS.arrayItems, 'arrayItems', 'items in a list'];
}

function stringLimit(shape: Shape, path: (string | number)[]): [number, string] {
  const at = path.filter((p) => typeof p === 'string').join('.');
  if ((shape === 'project' && at === 'scenes.scripts.org') || (shape === 'simple' && at === 'text'))
    return [LIMITS.scriptChars, 'scriptChars'];
  return [LIMITS.stringChars, 'stringChars'];
}

export const where = (path: (string | number)[]) =>
  path.length === 0
    ? 'the request'
    : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/**
 * Checks sizes, depth and value count, stopping at the first limit passed: an array's length is
 * read before any element is visited, so a million-element list costs one comparison. Iterative,
 * so a deep value cannot overflow the stack. Returns undefined when the value is within limits.
 */
export function checkLimits(input: unknown, shape: Shape = 'any'): LimitProblem | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++values > LIMITS.values)
      return {
        path: [],
        code: 'limit.values',
        message: `The request holds more than ${LIMITS.values.toLocaleString('en')} values; split it up.`,
      };
    if (typeof value === 'string') {
      const [max, name] = stringLimit(shape, path);
      if (value.length > max)
        return {
          path,
          code: `limit.${name}`,
          message: `${where(path)} is ${value.length.toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} are accepted.`,
        };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= LIMITS.depth)
      return {
        path,
        code: 'limit.depth',
        message: `${where(path)} is nested more than ${LIMITS.depth} levels deep.`,
      };
    if (Array.isArray(value)) {
      const [max, name, what] = arrayLimit(shape, path);
      if (value.length > max)
        return {
          path,
          code: `limit.${name}`,
          message: `${where(path)} has ${value.length.toLocaleString('en')} entries; at most ${max.toLocaleString('en')} ${what} are accepted.`,
        };
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > LIMITS.arrayItems)
      return {
        path,
        code: 'limit.arrayItems',
        message: `${where(path)} has ${keys.length.toLocaleString('en')} fields; at most ${LIMITS.arrayItems.toLocaleString('en')} are accepted.`,
      };
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}
