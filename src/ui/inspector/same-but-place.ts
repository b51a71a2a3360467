import type { Clip } from '../../domain/schema/clips';

/** The clip fields only the geometry fields show: a move changes nothing else on screen. */
const PLACE = new Set(['left', 'top']);

/**
 * Props comparison for the inspector's sections below the geometry: equal when the clip differs
 * only in its place, so moving a clip (or undoing a move) re-renders the X and Y fields alone.
 */
export function sameButPlace<C extends Clip>(a: { clip: C }, b: { clip: C }): boolean {
  if (a.clip === b.clip) return true;
  const x = a.clip as Record<string, unknown>;
  const y = b.clip as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!PLACE.has(key) && x[key] !== y[key]) return false;
  return true;
}
