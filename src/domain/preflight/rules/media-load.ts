import type { IssuePath } from '../../parse';
import { ref, type MessageRef } from '../../messages/message';
import { clipKindParam, clipPath, eachClip, issue, type Rule } from '../issue';

/** The reason the editor gives when a URL did not answer at all (offline, CORS, host down). */
export const MEDIA_UNREACHABLE = 'reason.unreachable';

/**
 * Media the editor itself could not load (a 404, a renamed text file, a damaged picture): AI
 * Studios will not fare better, so each is an error naming the URL and the reason. The editor
 * passes what it saw in `options.mediaProblems`.
 */
export const mediaLoadRule: Rule = (request, { options }) => {
  const problems = options.mediaProblems ?? {};
  if (Object.keys(problems).length === 0) return [];
  const found: { url: string; what: MessageRef; path: IssuePath; clipId?: string }[] = [];
  for (const [s, scene] of request.scenes.entries()) {
    const url = scene.background.source_url;
    if (url)
      found.push({
        url,
        what: ref('subject.background', { scene: s + 1 }),
        path: ['scenes', s, 'background', 'source_url'],
      });
  }
  for (const [clip, s, c] of eachClip(request)) {
    const at = (field: string, url: string | undefined, part: string) => {
      const what = ref('subject.clip-part', {
        scene: s + 1,
        type: clipKindParam(clip),
        id: clip.id,
        part: ref(part),
      });
      if (url) found.push({ url, what, path: clipPath(s, c, field), clipId: clip.id });
    };
    if (clip.type === 'image') at('source_url', clip.source_url, 'part.image');
    if (clip.type === 'videoImage') at('source_url', clip.source_url, 'part.poster');
    if (clip.type === 'aiModel')
      at('model.source_url', clip.model.source_url, 'part.avatar-picture');
  }
  return found.flatMap(({ url, what, path, clipId }) => {
    const reason = problems[url];
    if (!reason) return [];
    const shown = url.length > 100 ? `${url.slice(0, 97)}...` : url;
    // No answer at all says nothing about the file: AI Studios' servers may well reach it.
    if (reason.key === MEDIA_UNREACHABLE)
      return [
        issue('warning', 'media.unreachable', { subject: what, url: shown, reason }, path, clipId),
      ];
    const params = { subject: what, url: shown, reason };
    return [issue('error', 'media.does-not-load', params, path, clipId)];
  });
};
