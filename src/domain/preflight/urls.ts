/** How a media URL looks to the upstream, which fetches it from its own servers at render time. */
export type UrlShape =
  | { kind: 'empty' }
  | { kind: 'root-relative' }
  | { kind: 'absolute'; host: string }
  | { kind: 'unfetchable'; why: string };

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

function why(url: string): string {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'data') return 'it is a data: URL (the file is embedded, not hosted)';
  if (scheme === 'blob') return 'it is a blob: URL, which exists only inside this browser tab';
  if (scheme === 'file') return 'it is a file on this computer';
  if (scheme) return `its scheme "${scheme}:" is not http or https`;
  if (url.startsWith('//')) return 'it has no scheme (write https://...)';
  return 'it is not an absolute http(s) URL';
}

export function urlShape(url: string): UrlShape {
  if (url === '') return { kind: 'empty' };
  if (url.startsWith('/') && !url.startsWith('//')) return { kind: 'root-relative' };
  if (/^https?:\/\/[^/?#\s]/i.test(url) && !/\s/.test(url)) {
    try {
      const host = new URL(url).hostname;
      if (host) return { kind: 'absolute', host: host.toLowerCase() };
    } catch {
      return { kind: 'unfetchable', why: 'it is not a well-formed URL' };
    }
  }
  if (/\s/.test(url.trim()) || url !== url.trim())
    return { kind: 'unfetchable', why: 'it contains spaces' };
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
