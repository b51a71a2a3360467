import { ref, type MessageRef } from '../domain/messages/message';
/**
 * Why an image did not load, as a preflight reason (key + params, so the UI can say it in the
 * user's language). The browser's image error says nothing, so the URL is fetched once more and its
 * answer (status, type, first bytes) names the reason.
 */
const SIGNATURES: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['WebP', [0x52, 0x49, 0x46, 0x46]],
];

const looksLikeText = (bytes: Uint8Array) =>
  bytes.length > 0 && bytes.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));

/** `_typed` variants name the Content-Type the server gave, when it gave one. */
const withType = (key: string, type: string) => (type ? ref(`${key}_typed`, { type }) : ref(key));

export async function diagnoseImageFailure(href: string): Promise<MessageRef> {
  let response: Response;
  try {
    response = await fetch(href, { mode: 'cors', cache: 'no-store' });
  } catch {
    return ref('reason.unreachable');
  }
  if (!response.ok)
    return response.status === 404
      ? ref('reason.http-404')
      : ref('reason.http-status', {
          status: `${response.status}${response.statusText ? ` (${response.statusText})` : ''}`,
        });
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const bytes = new Uint8Array(await response.arrayBuffer().catch(() => new ArrayBuffer(0)));
  const head = bytes.subarray(0, 16);
  if (bytes.length === 0) return ref('reason.file-empty');
  const known = SIGNATURES.find(([, sig]) => sig.every((b, i) => head[i] === b));
  if (looksLikeText(head)) return withType('reason.text-not-picture', type);
  if (!known) return withType('reason.unreadable-picture', type);
  return ref('reason.damaged-picture', { format: known[0] });
}
