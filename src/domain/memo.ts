/** What one memo may hold: 512 strings, 200,000 characters in all (about 400 KB). */
const MOST_STRINGS = 512;
const MOST_CHARACTERS = 200_000;

/**
 * A pure function of one string, remembered for the strings seen last. A merge checks every row
 * through the same rules, and most of each row's strings (URLs, scripts) repeat row after row or
 * are read by more than one rule; the editor asks again for the text being typed, each keystroke a
 * new string, so the memo is bounded by characters as well as by count. When full it starts over
 * rather than tracking recency: quick-lru (tried) wraps each entry in an object and made the
 * merge's checks 4 % slower than this.
 */
export function memoByString<T>(fn: (text: string) => T): (text: string) => T {
  let cache = new Map<string, T>();
  let characters = 0;
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (text.length > MOST_CHARACTERS / 8) return value; // a few would fill it
    if (cache.size >= MOST_STRINGS || characters + text.length > MOST_CHARACTERS) {
      cache = new Map();
      characters = 0;
    }
    cache.set(text, value);
    characters += text.length;
    return value;
  };
}
