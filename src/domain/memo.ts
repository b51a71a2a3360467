/** Strings longer than this are worked out each time: 512 of them could hold megabytes. */
const LONGEST_REMEMBERED = 4096;

/**
 * A pure function of one string, remembered for up to `size` strings. A merge checks every row
 * through the same rules, and most of each row's strings (URLs, scripts) repeat row after row or
 * are read by more than one rule. When full it starts over rather than tracking recency: quick-lru
 * (tried) wraps each entry in an object and made the merge's checks 4 % slower than this.
 */
export function memoByString<T>(fn: (text: string) => T, size = 512): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    if (text.length > LONGEST_REMEMBERED) return fn(text);
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= size) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
