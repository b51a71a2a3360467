import { createHash, randomUUID } from 'node:crypto';
import type { EditorProjectRequest } from '../domain/schema/request';

/** JSON with every object's keys sorted: the same request always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What a row sends, as a name: the hash of its request plus which repeat of that request it is
 * (two rows asking for the same video are two videos). Row numbers are left out on purpose: a row
 * inserted above shifts them, and the rows below must not become new exports.
 */
export function rowIdentities(
  items: readonly { rowNumber: number; request: EditorProjectRequest }[],
): Map<number, string> {
  const seen = new Map<string, number>();
  const identities = new Map<number, string>();
  for (const item of items) {
    const fingerprint = sha256(canonicalJson(item.request));
    const repeat = seen.get(fingerprint) ?? 0;
    seen.set(fingerprint, repeat + 1);
    identities.set(item.rowNumber, `${fingerprint}#${repeat}`);
  }
  return identities;
}

/**
 * The Idempotency-Key of a row's send, derived from what is sent: the same command on the same
 * data sends under the same keys, so the server answers a repeat with the first job instead of
 * rendering (and charging) again, even when the saved run is gone. `attempt` makes a deliberate
 * new export: a retry after a failed job, or `--render-again`.
 */
export const rowKey = (identity: string, attempt = '') =>
  `sw-merge-${sha256(`${identity}|${attempt}`).slice(0, 40)}`;

/** A key no earlier run can have used (`--render-again`, a send the server refused). */
export const freshAttempt = () => randomUUID();
