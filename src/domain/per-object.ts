/**
 * `fn` computed once per object: the document is immutable, so a value derived from a scene or a
 * clips array holds for as long as that object lives (and is collected with it).
 */
export function perObject<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}
