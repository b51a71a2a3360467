import type { Clip } from './schema/clips';
import { CLIP_TYPES, type ClipType } from './schema/common';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 11;

/** `{type}-{11 base36 chars}`, the upstream editor's id style (e.g. `aiModel-1h4ij5h8e87`). */
export const CLIP_ID_PATTERN = new RegExp(`^(${CLIP_TYPES.join('|')})-[0-9a-z]{${ID_LENGTH}}$`);

/**
 * A clip id in the upstream editor's style. `random` returns numbers in [0, 1) (e.g. Math.random);
 * it is a parameter so the domain stays pure and tests are deterministic. Out-of-range values are
 * clamped, so the result always matches CLIP_ID_PATTERN.
 */
export function makeClipId(type: ClipType, random: () => number): string {
  return makeId(type, random);
}

/** The same style for any prefix (scenes use `scene-…`). */
export function makeId(prefix: string, random: () => number): string {
  let suffix = '';
  for (let i = 0; i < ID_LENGTH; i += 1) {
    const n = Math.floor(random() * BASE36.length);
    const index = Number.isFinite(n) ? Math.min(BASE36.length - 1, Math.max(0, n)) : 0;
    suffix += BASE36[index];
  }
  return `${prefix}-${suffix}`;
}

/** The layer above every visual clip (audio has no stage layer); 0 for a scene without any. */
export const nextLayer = (clips: readonly Clip[]): number =>
  clips.reduce((max, c) => (c.type === 'audio' ? max : Math.max(max, Math.floor(c.layer))), -1) + 1;
