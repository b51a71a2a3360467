import { CLIP_TYPES } from './schema/common';

const ID_LENGTH = 11;
const ID_SPACE = 36n ** BigInt(ID_LENGTH);

/** `{type}-{11 base36 chars}`, the upstream editor's id style (e.g. `aiModel-1h4ij5h8e87`). */
export const CLIP_ID_PATTERN = new RegExp(`^(${CLIP_TYPES.join('|')})-[0-9a-z]{${ID_LENGTH}}$`);

/**
 * Makes an id with a prefix: `aiModel-…` for a clip, `scene-…`, `p-…` for a stored project,
 * `row-…` for a batch row. One source is made in the composition root and passed to whoever needs
 * ids, so tests inject a counter and nothing in the app draws ids on its own.
 */
export type IdSource = (prefix: string) => string;

/**
 * An id in the upstream editor's style from a UUID (`crypto.randomUUID()`): its 122 random bits
 * reduced to 11 base36 characters (about 57 bits, so two ids made on one double click differ).
 */
export function idFromUuid(prefix: string, uuid: string): string {
  const hex = uuid.replace(/[^0-9a-f]/gi, '');
  const value = hex ? BigInt(`0x${hex}`) : 0n;
  return `${prefix}-${(value % ID_SPACE).toString(36).padStart(ID_LENGTH, '0')}`;
}
