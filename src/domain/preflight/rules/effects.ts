import type { Animation, Shadow } from '../../schema/common';
import { RANGES } from '../../schema/common';
import { clipName, clipPath, eachClip, issue, outOfRange, type Rule } from '../issue';
import type { PreflightIssue } from '../types';

const span = (r: { min: number; max: number }) => ({ min: r.min, max: r.max });

/**
 * Animation `duration` (whole 1–30) and `delay` (whole 0–30); shadow `blur` 0–10 and offsets
 * 0.1–10. A shadow with `enabled: false` is not drawn, so its values are not checked.
 */
export const effectRules: Rule = (request) => {
  const out: PreflightIssue[] = [];
  for (const [clip, s, c] of eachClip(request)) {
    if (clip.type !== 'image' && clip.type !== 'textImage' && clip.type !== 'shape') continue;
    const name = clipName(s, clip);
    const animation: Animation | undefined = clip.animation;
    if (animation) {
      const { animationDuration: d, animationDelay: w } = RANGES;
      if (outOfRange(animation.duration, d, true)) {
        out.push(
          issue(
            'error',
            'animation.duration-range',
            { subject: name, value: animation.duration, ...span(d) },
            clipPath(s, c, 'animation', 'duration'),
            clip.id,
          ),
        );
      }
      if (outOfRange(animation.delay, w, true)) {
        out.push(
          issue(
            'error',
            'animation.delay-range',
            { subject: name, value: animation.delay, ...span(w) },
            clipPath(s, c, 'animation', 'delay'),
            clip.id,
          ),
        );
      }
    }
    const shadow: Shadow | undefined = clip.type === 'image' ? undefined : clip.shadow;
    if (!shadow || shadow.enabled === false) continue;
    if (shadow.blur !== undefined && outOfRange(shadow.blur, RANGES.shadowBlur)) {
      out.push(
        issue(
          'error',
          'shadow.blur-range',
          { subject: name, value: shadow.blur, ...span(RANGES.shadowBlur) },
          clipPath(s, c, 'shadow', 'blur'),
          clip.id,
        ),
      );
    }
    for (const axis of ['offsetX', 'offsetY'] as const) {
      const value = shadow[axis];
      if (value === undefined || !outOfRange(value, RANGES.shadowOffset)) continue;
      out.push(
        issue(
          'error',
          'shadow.offset-range',
          { subject: name, axis, value, ...span(RANGES.shadowOffset) },
          clipPath(s, c, 'shadow', axis),
          clip.id,
        ),
      );
    }
  }
  return out;
};
