import { memoByString } from '../memo';
import { ref, type MessageRef } from '../messages/message';

/** How a media URL looks to the upstream, which fetches it from its own servers at render time. */
export type UrlShape =
  | { kind: 'empty' }
  | { kind: 'root-relative' }
  | { kind: 'absolute'; host: string }
  | { kind: 'unfetchable'; why: MessageRef };

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

function why(url: string): MessageRef {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'data') return ref('reason.data-url');
  if (scheme === 'blob') return ref('reason.blob-url');
  if (scheme === 'file') return ref('reason.file-url');
  if (scheme) return ref('reason.scheme', { scheme });
  if (url.startsWith('//')) return ref('reason.no-scheme');
  return ref('reason.not-absolute');
}

/** Remembered: a merge looks at the same template URLs in every row. */
export const urlShape = memoByString(shapeOf);

function shapeOf(url: string): UrlShape {
  if (url === '') return { kind: 'empty' };
  if (url.startsWith('/') && !url.startsWith('//')) return { kind: 'root-relative' };
  if (/^https?:\/\/[^/?#\s]/i.test(url) && !/\s/.test(url)) {
    try {
      const host = new URL(url).hostname;
      if (host) return { kind: 'absolute', host: host.toLowerCase() };
    } catch {
      return { kind: 'unfetchable', why: ref('reason.malformed') };
    }
  }
  if (/\s/.test(url.trim()) || url !== url.trim())
    return { kind: 'unfetchable', why: ref('reason.spaces') };
  return { kind: 'unfetchable', why: why(url) };
}

const PRIVATE_NAMES = /(^|\.)(localhost|local|internal|lan|home\.arpa)$/;

function privateV4(parts: number[]): boolean {
  const [a = -1, b = -1] = parts;
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

function privateV6(host: string): boolean {
  const ip = host.replace(/^\[|\]$/g, '');
  if (ip === '::1' || ip === '::') return true;
  if (/^f[cd][0-9a-f]{0,2}:/.test(ip) || /^fe[89ab][0-9a-f]?:/.test(ip)) return true;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip);
  if (!mapped) return false;
  const hi = parseInt(mapped[1] ?? '0', 16);
  const lo = parseInt(mapped[2] ?? '0', 16);
  return privateV4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
}

/** Loopback, private-network, link-local and intranet names: hosts AI Studios cannot reach. */
export function isPrivateHost(host: string): boolean {
  if (host.startsWith('[')) return privateV6(host);
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) return privateV4(v4.slice(1).map(Number));
  return PRIVATE_NAMES.test(host) || !host.includes('.');
}

/** True when `url` is under `origin` (`https://x.example` covers `https://x.example/a`, not `https://x.example.evil`). */
export function isUnder(url: string, origin: string | undefined): boolean {
  if (!origin) return false;
  const base = origin.replace(/\/+$/, '');
  if (!url.startsWith(base)) return false;
  const next = url.charAt(base.length);
  return next === '' || next === '/' || next === '?' || next === '#';
}
