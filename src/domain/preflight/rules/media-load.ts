import type { IssuePath } from '../../parse';
import { clipName, clipPath, eachClip, issue, sceneName, type Rule } from '../issue';

/** The reason the editor gives when a URL did not answer at all (offline, CORS, host down). */
export const MEDIA_UNREACHABLE =
  'it cannot be reached from this browser (the host is down, offline, or refuses cross-origin requests)';

/**
 * Media the editor itself could not load (a 404, a renamed text file, a damaged picture): AI
 * Studios will not fare better, so each is an error naming the URL and the reason. The editor
 * passes what it saw in `options.mediaProblems`.
 */
export const mediaLoadRule: Rule = (request, { options }) => {
  const problems = options.mediaProblems ?? {};
  if (Object.keys(problems).length === 0) return [];
  const found: { url: string; what: string; path: IssuePath; clipId?: string }[] = [];
  for (const [s, scene] of request.scenes.entries()) {
    const url = scene.background.source_url;
    if (url)
      found.push({
        url,
        what: `${sceneName(s)}: the background image`,
        path: ['scenes', s, 'background', 'source_url'],
      });
  }
  for (const [clip, s, c] of eachClip(request)) {
    const what = `${sceneName(s)}: the ${clipName(clip)}`;
    const at = (field: string, url: string | undefined, noun: string) => {
      if (url)
        found.push({ url, what: `${what} ${noun}`, path: clipPath(s, c, field), clipId: clip.id });
    };
    if (clip.type === 'image') at('source_url', clip.source_url, 'image');
    if (clip.type === 'videoImage') at('source_url', clip.source_url, 'poster image');
    if (clip.type === 'aiModel') at('model.source_url', clip.model.source_url, 'avatar picture');
  }
  return found.flatMap(({ url, what, path, clipId }) => {
    const reason = problems[url];
    if (!reason) return [];
    const shown = url.length > 100 ? `${url.slice(0, 97)}...` : url;
    // No answer at all says nothing about the file: AI Studios' servers may well reach it.
    if (reason === MEDIA_UNREACHABLE)
      return [
        issue(
          'warning',
          'media.unreachable',
          `${what} could not be checked at ${shown}: ${reason}. Make sure AI Studios can reach it.`,
          path,
          clipId,
        ),
      ];
    const message = `${what} does not load from ${shown}: ${reason}. Replace it with a working picture.`;
    return [issue('error', 'media.does-not-load', message, path, clipId)];
  });
};
