import { avatarHeadBox, clipBounds, intersects } from '../../geometry';
import { sceneSeconds } from '../../speech';
import { avatarsOf, clipName, clipPath, issue, type Rule } from '../issue';
import type { PreflightIssue } from '../types';

/**
 * Text or an image drawn over the avatar's head box hides its face: a warning, since it may be
 * meant (a caption over a chin) but usually is not. Only clips above the avatar count.
 */
export const faceCoverRule: Rule = (request) => {
  const out: PreflightIssue[] = [];
  for (const [s, scene] of request.scenes.entries()) {
    const avatar = avatarsOf(scene)[0]?.clip;
    if (!avatar || avatar.isDelete || avatar.voiceOnly || avatar.angle) continue;
    const head = avatarHeadBox(avatar);
    if (!head) continue;
    for (const [c, clip] of scene.clips.entries()) {
      if (clip.type !== 'textImage' && clip.type !== 'image') continue;
      if ((clip.layer ?? 0) <= avatar.layer) continue;
      if (!intersects(clipBounds(clip), head)) continue;
      out.push(
        issue(
          'warning',
          'avatar.face-covered',
          { subject: clipName(s, clip) },
          clipPath(s, c),
          clip.id,
        ),
      );
    }
  }
  return out;
};

/**
 * A scene lasts as long as its speech (estimated, see speech.ts); an animation that ends later is
 * cut or never seen.
 */
export const animationTimingRule: Rule = (request) => {
  const out: PreflightIssue[] = [];
  for (const [s, scene] of request.scenes.entries()) {
    const seconds = sceneSeconds(scene);
    for (const [c, clip] of scene.clips.entries()) {
      if (clip.type !== 'image' && clip.type !== 'textImage' && clip.type !== 'shape') continue;
      const a = clip.animation;
      if (!a || a.delay + a.duration <= seconds) continue;
      out.push(
        issue(
          'warning',
          'animation.past-speech',
          { subject: clipName(s, clip), end: a.delay + a.duration, seconds },
          clipPath(s, c, 'animation'),
          clip.id,
        ),
      );
    }
  }
  return out;
};
