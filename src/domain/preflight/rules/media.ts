import type { IssuePath } from '../../parse';
import { ref, type MessageParams, type MessageRef } from '../../messages/message';
import { isPrivateHost, isUnder, urlShape } from '../urls';
import { clipKindParam, clipPath, eachClip, issue, type Rule } from '../issue';
import type { PreflightIssue, PreflightOptions } from '../types';

interface Check {
  url: string;
  path: IssuePath;
  what: MessageRef;
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
  const shown = c.url.length > 80 ? `${c.url.slice(0, 77)}...` : c.url;
  if (shape.kind === 'absolute') {
    if (!isPrivateHost(shape.host) || isUnder(c.url, options.publicOrigin)) return [];
    const params = { subject: c.what, host: shape.host };
    return [issue('warning', codes.notPublic, params, c.path, c.clipId)];
  }
  if (shape.kind === 'root-relative' && c.upstreamForms) return [];
  if (shape.kind === 'empty' && (c.upstreamForms || c.mayBeEmpty)) return [];
  const reason =
    shape.kind === 'unfetchable'
      ? shape.why
      : ref(shape.kind === 'empty' ? 'reason.empty' : 'reason.app-path');
  const params: MessageParams =
    shape.kind === 'empty'
      ? { subject: c.what, reason }
      : { subject: c.what, reason, url: shown, context: 'quoted' };
  return [issue('error', codes.unfetchable, params, c.path, c.clipId)];
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
        what: ref('subject.background', { scene: s + 1 }),
        upstreamForms: true,
      });
    }
  }
  for (const [clip, s, c] of eachClip(request)) {
    const what = (part: string) =>
      ref('subject.clip-part', {
        scene: s + 1,
        type: clipKindParam(clip),
        id: clip.id,
        part: ref(part),
      });
    const at = (field: string) => ({ path: clipPath(s, c, field), clipId: clip.id });
    if (clip.type === 'image' || clip.type === 'audio') {
      checks.push({ url: clip.source_url, what: what('part.file'), ...at('source_url') });
    } else if (clip.type === 'videoImage') {
      checks.push({ url: clip.video_url, what: what('part.video'), ...at('video_url') });
      if (clip.source_url !== undefined) {
        checks.push({
          url: clip.source_url,
          what: what('part.poster'),
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
  const hook = { url, path: ['webhookUrl'], what: ref('subject.webhook'), codes: WEBHOOK };
  return check(hook, options);
}
