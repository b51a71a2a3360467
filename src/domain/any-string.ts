/**
 * Whether `test` holds for any string in `value`, keys included, stopping at the first. Objects in
 * `seen` are skipped, and each object looked at is added to it: a caller that keeps `seen` across
 * calls on an immutable document (whose edits replace each object on their path) looks only at
 * what changed. Plain loops: this runs on every request a merge builds and on every edit.
 */
export function anyString(
  value: unknown,
  test: (text: string) => boolean,
  seen?: WeakSet<object>,
): boolean {
  if (typeof value === 'string') return test(value);
  if (typeof value !== 'object' || value === null) return false;
  if (seen) {
    if (seen.has(value)) return false;
    seen.add(value);
  }
  if (Array.isArray(value)) {
    for (const item of value) if (anyString(item, test, seen)) return true;
    return false;
  }
  for (const key of Object.keys(value))
    if (test(key) || anyString((value as Record<string, unknown>)[key], test, seen)) return true;
  return false;
}
