import type { IssuePath } from '../../parse';
import { ref, type MessageParams, type MessageRef } from '../../messages/message';
import { isPrivateHost, isUnder, urlShape } from '../urls';
import { clipKindParam, clipPath, eachClip, issue, type Rule } from '../issue';
import type { Clip } from '../../schema/clips';
import type { PreflightIssue, PreflightOptions } from '../types';

interface Check {
  url: string;
  /** Where the URL is and what it is, said only when it has a problem. */
  site: () => { path: IssuePath; what: MessageRef; clipId?: string };
  /** Background only: '' (a plain colour) and '/images/...' (hosted by AI Studios) are fine. */
  upstreamForms?: boolean;
  /** The videoImage poster is optional: '' means none. */
  mayBeEmpty?: boolean;
  codes?: { unfetchable: string; notPublic: string };
}

const MEDIA = { unfetchable: 'media.url-unreachable', notPublic: 'media.url-not-public' };
const WEBHOOK = { unfetchable: 'webhook.url-invalid', notPublic: 'webhook.url-not-public' };

function check(c: Check, options: PreflightOptions): PreflightIssue[] {
  const shape = urlShape(c.url);
  if (
    shape.kind === 'absolute' &&
    (!isPrivateHost(shape.host) || isUnder(c.url, options.publicOrigin))
  )
    return [];
  if (shape.kind === 'root-relative' && c.upstreamForms) return [];
  if (shape.kind === 'empty' && (c.upstreamForms || c.mayBeEmpty)) return [];
  const codes = c.codes ?? MEDIA;
  const { path, what, clipId } = c.site();
  if (shape.kind === 'absolute') {
    const params = { subject: what, host: shape.host };
    return [issue('warning', codes.notPublic, params, path, clipId)];
  }
  const shown = c.url.length > 80 ? `${c.url.slice(0, 77)}...` : c.url;
  const reason =
    shape.kind === 'unfetchable'
      ? shape.why
      : ref(shape.kind === 'empty' ? 'reason.empty' : 'reason.app-path');
  const params: MessageParams =
    shape.kind === 'empty'
      ? { subject: what, reason }
      : { subject: what, reason, url: shown, context: 'quoted' };
  return [issue('error', codes.unfetchable, params, path, clipId)];
}

/** A clip's media field, named as the messages name it ("Scene 2: the image clip "logo", file"). */
const clipSite = (s: number, c: number, clip: Clip, field: string, part: string) => () => ({
  path: clipPath(s, c, field),
  clipId: clip.id,
  what: ref('subject.clip-part', {
    scene: s + 1,
    type: clipKindParam(clip),
    id: clip.id,
    part: ref(part),
  }),
});

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
      const site = () => ({
        path: ['scenes', s, 'background', 'source_url'],
        what: ref('subject.background', { scene: s + 1 }),
      });
      checks.push({ url, site, upstreamForms: true });
    }
  }
  for (const [clip, s, c] of eachClip(request)) {
    if (clip.type === 'image' || clip.type === 'audio') {
      checks.push({ url: clip.source_url, site: clipSite(s, c, clip, 'source_url', 'part.file') });
    } else if (clip.type === 'videoImage') {
      checks.push({ url: clip.video_url, site: clipSite(s, c, clip, 'video_url', 'part.video') });
      if (clip.source_url !== undefined) {
        const site = clipSite(s, c, clip, 'source_url', 'part.poster');
        checks.push({ url: clip.source_url, site, mayBeEmpty: true });
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
  const site = () => ({ path: ['webhookUrl'], what: ref('subject.webhook') });
  const hook = { url, site, codes: WEBHOOK };
  return check(hook, options);
}
