import { arrayLimit, limitProblem, LIMITS, where, type LimitProblem, type Shape } from './limits';

interface Frame {
  array: boolean;
  /** Elements (arrays) or members (objects) begun so far. */
  count: number;
  /** The next token begins an element or member (just after `[`, `{` or `,`). */
  open: boolean;
  /** The member name last read in an object. */
  key: string;
}

/** The path to the innermost open container. */
const pathOf = (frames: Frame[]): (string | number)[] =>
  frames.slice(0, -1).map((f) => (f.array ? f.count - 1 : f.key));

/** The index just past the string that opens at `start` (or -1 when it never closes). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1) {
    let slashes = 0;
    for (let j = end - 1; text.charCodeAt(j) === 0x5c; j--) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

/**
 * The same size limits as `checkLimits`, read from JSON text before it is parsed: a list longer
 * than its limit is refused as soon as the limit is passed, so a million-element body costs a few
 * hundred bytes of scanning and no allocation. Strings are skipped with indexOf (their lengths are
 * checked after parsing, where their paths are exact). Malformed text is left to the parser.
 */
export function scanJsonLimits(text: string, shape: Shape = 'any'): LimitProblem | undefined {
  const frames: Frame[] = [];
  let values = 0;
  let lastString = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    const top = frames[frames.length - 1];
    if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      frames.pop();
      continue;
    }
    if (c === 0x2c /* , */) {
      if (top) top.open = true;
      continue;
    }
    if (c === 0x3a /* : */) {
      if (top && !top.array) top.key = lastString;
      continue;
    }
    if (top?.open) {
      top.open = false;
      top.count++;
      if (++values > LIMITS.values) return limitProblem([], 'limit.values', { max: LIMITS.values });
      const path = pathOf(frames);
      const [max, name] = top.array ? arrayLimit(shape, path) : [LIMITS.arrayItems, 'arrayItems'];
      const context = top.array ? 'more' : 'more-fields';
      if (top.count > max)
        return limitProblem(path, `limit.${name}`, { where: where(path), max, context });
    }
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (end === -1) return undefined;
      lastString = end - i <= 257 ? text.slice(i + 1, end) : '';
      i = end;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      frames.push({ array: c === 0x5b, count: 0, open: true, key: '' });
      if (frames.length > LIMITS.depth) {
        const path = pathOf(frames);
        return limitProblem(path, 'limit.depth', { where: where(path), max: LIMITS.depth });
      }
    }
  }
  return undefined;
}
