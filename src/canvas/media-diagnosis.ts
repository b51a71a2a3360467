import { MEDIA_UNREACHABLE } from '../domain/preflight/rules/media-load';
/**
 * Why an image did not load, in the user's words. The browser's image error says nothing, so the
 * URL is fetched once more and its answer (status, type, first bytes) names the reason.
 */
const SIGNATURES: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['WebP', [0x52, 0x49, 0x46, 0x46]],
];

const looksLikeText = (bytes: Uint8Array) =>
  bytes.length > 0 && bytes.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));

export async function diagnoseImageFailure(href: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(href, { mode: 'cors', cache: 'no-store' });
  } catch {
    return MEDIA_UNREACHABLE;
  }
  if (!response.ok)
    return response.status === 404
      ? 'the server answered 404: there is no file at this address'
      : `the server answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''}`;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const bytes = new Uint8Array(await response.arrayBuffer().catch(() => new ArrayBuffer(0)));
  const head = bytes.subarray(0, 16);
  if (bytes.length === 0) return 'the file is empty';
  const known = SIGNATURES.find(([, sig]) => sig.every((b, i) => head[i] === b));
  if (looksLikeText(head))
    return `the file holds text, not a picture${type ? ` (served as ${type})` : ''}; it may be a renamed file`;
  if (!known)
    return `the file is not a picture this browser can read${type ? ` (served as ${type})` : ''}`;
  return `the ${known[0]} file is damaged and cannot be decoded`;
}
