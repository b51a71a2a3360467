import { avatarHeadBox, clipBounds, contains, isOutsideFrame } from '../../geometry';
import {
  clipName,
  clipPath,
  eachClip,
  isVisibleAvatar,
  issue,
  sceneName,
  type Rule,
} from '../issue';
import type { PreflightIssue } from '../types';

/**
 * Visual clips that show nothing inside the frame (their rotated rendered box misses it), and
 * visible avatars whose head is cut by the frame edge. Audio and hidden avatars have no place on
 * the stage. The head check ignores rotation (avatars are not rotated in the upstream editor).
 */
export const frameRules: Rule = (request, ctx) => {
  const out: PreflightIssue[] = [];
  const frame = { left: 0, top: 0, ...ctx.stage };
  const size = `${ctx.stage.width}×${ctx.stage.height}`;
  for (const [clip, s, c] of eachClip(request)) {
    if (clip.type === 'audio' || (clip.type === 'aiModel' && !isVisibleAvatar(clip))) continue;
    const name = `${sceneName(s)}: the ${clipName(clip)}`;
    if (isOutsideFrame(clipBounds(clip), ctx.stage)) {
      out.push(
        issue(
          'warning',
          'clip.outside-frame',
          `${name} is entirely outside the ${size} frame, so it will not be seen. Move it into the frame or delete it.`,
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
        issue(
          'warning',
          'avatar.head-outside-frame',
          `${name}: the avatar's head is cut off by the edge of the frame. Move or shrink the avatar so its head is fully inside.`,
          clipPath(s, c),
          clip.id,
        ),
      );
    }
  }
  return out;
};
