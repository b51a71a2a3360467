/**
 * Structural equality for tests, exact where vitest's `toStrictEqual` is not: own `constructor`
 * and `__proto__` keys are compared as plain data (vitest compares `.constructor` by identity),
 * prototypes must match, -0 ≠ 0, NaN = NaN, holes ≠ undefined; Map, Set, Date and boxed values too.
 */
/** Dates (compared by time) and boxed primitives. */
const BOXED = new Set(['[object Date]', '[object Number]', '[object String]', '[object Boolean]']);

export function deepSame(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (BOXED.has(Object.prototype.toString.call(a))) {
    return Object.is(
      (a as { valueOf(): unknown }).valueOf(),
      (b as { valueOf(): unknown }).valueOf(),
    );
  }
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    return a.size === other.size && deepSame([...a], [...other]);
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    return a.size === other.size && deepSame([...a], [...other]);
  }
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => {
    const da = Object.getOwnPropertyDescriptor(a, key);
    const db = Object.getOwnPropertyDescriptor(b, key);
    return (
      da !== undefined &&
      db !== undefined &&
      da.enumerable === db.enumerable &&
      deepSame(da.value, db.value)
    );
  });
}
