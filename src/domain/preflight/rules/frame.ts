import { avatarHeadBox, clipBounds, contains, isOutsideFrame } from '../../geometry';
import { clipName, clipPath, eachClip, isVisibleAvatar, issue, type Rule } from '../issue';
import type { PreflightIssue } from '../types';

/**
 * Visual clips that show nothing inside the frame (their rotated rendered box misses it), and
 * visible avatars whose head is cut by the frame edge. Audio and hidden avatars have no place on
 * the stage. The head check ignores rotation (avatars are not rotated in the upstream editor).
 */
export const frameRules: Rule = (request, ctx) => {
  const out: PreflightIssue[] = [];
  const frame = { left: 0, top: 0, ...ctx.stage };
  for (const [clip, s, c] of eachClip(request)) {
    if (clip.type === 'audio' || (clip.type === 'aiModel' && !isVisibleAvatar(clip))) continue;
    const name = clipName(s, clip);
    if (isOutsideFrame(clipBounds(clip), ctx.stage)) {
      out.push(
        issue(
          'warning',
          'clip.outside-frame',
          { subject: name, width: ctx.stage.width, height: ctx.stage.height },
          clipPath(s, c),
          clip.id,
        ),
      );
      continue;
    }
    if (clip.type !== 'aiModel' || (clip.angle ?? 0) % 360 !== 0) continue;
    const head = avatarHeadBox(clip);
    if (head && !contains(frame, head)) {
      out.push(
        issue('warning', 'avatar.head-outside-frame', { subject: name }, clipPath(s, c), clip.id),
      );
    }
  }
  return out;
};
