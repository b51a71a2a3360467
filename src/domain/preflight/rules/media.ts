import type { IssuePath } from '../../parse';
import { isPrivateHost, isUnder, urlShape } from '../urls';
import {
  clipName,
  clipPath,
  eachClip,
  issue,
  sceneName,
  type Rule,
} from '../issue';
import type { PreflightIssue, PreflightOptions } from '../types';

interface Check {
  url: string;
  path: IssuePath;
  what: string;
  /** Background only: '' (a plain colour) and '/images/...' (hosted by AI Studios) are fine. */
  upstreamForms?: boolean;
  /** The videoImage poster is optional: '' means none. */
  mayBeEmpty?: boolean;
  clipId?: string;
  codes?: { unfetchable: string; notPublic: string };
}

const MEDIA = { unfetchable: 'media.url-unreachable', notPublic: 'media.url-not-public' };
const WEBHOOK = { unfetchable: 'webhook.url-invalid', notPublic: 'webhook.url-not-public' };

function check(c: Check, options: PreflightOptions): PreflightIssue[] {
  const shape = urlShape(c.url);
  const codes = c.codes ?? MEDIA;
  const hook = codes === WEBHOOK;
  const shown = c.url.length > 80 ? `${c.url.slice(0, 77)}...` : c.url;
  if (shape.kind === 'absolute') {
    if (!isPrivateHost(shape.host) || isUnder(c.url, options.publicOrigin)) return [];
    const message = `${c.what} points at ${shape.host}, which AI Studios cannot reach from the internet. It works once this server is public (set PUBLIC_URL)${hook ? '' : ' or the file is hosted elsewhere'}.`;
    return [issue('warning', codes.notPublic, message, c.path, c.clipId)];
  }
  if (shape.kind === 'root-relative' && c.upstreamForms) return [];
  if (shape.kind === 'empty' && (c.upstreamForms || c.mayBeEmpty)) return [];
  const reason =
    shape.kind === 'unfetchable'
      ? shape.why
      : shape.kind === 'empty'
        ? 'it is empty'
        : 'it is a path on this app, not a full URL';
  const quoted = shape.kind === 'empty' ? '' : ` ("${shown}")`;
  const fix = hook
    ? 'Use an absolute https:// URL, or remove it.'
    : 'Use a public https:// URL (host the file where the internet can reach it).';
  const message = `${c.what} cannot be ${hook ? 'called' : 'fetched'} by AI Studios${quoted}: ${reason}. ${fix}`;
  return [issue('error', codes.unfetchable, message, c.path, c.clipId)];
}

/**
 * AI Studios downloads media itself at render time, so every file must be at an absolute http(s)
 * URL on a public host. Loopback/private hosts are a warning (fine once the server is public)
 * unless under `options.publicOrigin`. The webhook is checked the same way.
 */
export const mediaRules: Rule = (request, ctx) => {
  const checks: Check[] = [];
  for (const [s, scene] of request.scenes.entries()) {
    const url = scene.background.source_url;
    if (url !== undefined) {
      const path = ['scenes', s, 'background', 'source_url'];
      checks.push({
        url,
        path,
        what: `${sceneName(s)}: the background image`,
        upstreamForms: true,
      });
    }
  }
  for (const [clip, s, c] of eachClip(request)) {
    const what = `${sceneName(s)}: the ${clipName(clip)}`;
    const at = (field: string) => ({ path: clipPath(s, c, field), clipId: clip.id });
    if (clip.type === 'image' || clip.type === 'audio') {
      checks.push({ url: clip.source_url, what: `${what} file`, ...at('source_url') });
    } else if (clip.type === 'videoImage') {
      checks.push({ url: clip.video_url, what: `${what} video`, ...at('video_url') });
      if (clip.source_url !== undefined) {
        checks.push({
          url: clip.source_url,
          what: `${what} poster image`,
          mayBeEmpty: true,
          ...at('source_url'),
        });
      }
    }
  }
  return [
    ...checks.flatMap((c) => check(c, ctx.options)),
    ...webhookIssues(request.webhookUrl, ctx.options),
  ];
};

/**
 * The webhook AI Studios calls when a render ends: an absolute http(s) URL it can reach. Every form
 * that takes a webhook (the project's export, simple/custom) reads its problems from here.
 */
export function webhookIssues(
  url: string | undefined,
  options: PreflightOptions = {},
): PreflightIssue[] {
  if (url === undefined) return [];
  const hook = { url, path: ['webhookUrl'], what: 'The webhook URL', codes: WEBHOOK };
  return check(hook, options);
}
