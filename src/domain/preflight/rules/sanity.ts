import { renderedBox } from '../../geometry';
import { estimateSpeechSeconds } from '../../speech';
import { spokenText } from '../html';
import { clipName, clipPath, eachClip, issue, sceneName, scriptPath, type Rule } from '../issue';
import type { PreflightIssue } from '../types';

/** Values AI Studios accepts but nobody means: warnings, so that a typo is caught before a render. */
export const SANITY = {
  /** A clip more than this many frames wide or tall. */
  framesAcross: 10,
  /** Larger text than this does not fit a 1080 px frame in a single letter. */
  maxFontPt: 500,
  /** Longer than this, a scene is rarely meant (and costs accordingly). */
  longScriptSeconds: 5 * 60,
} as const;

export const sanityRules: Rule = (request, { stage }) => {
  const out: PreflightIssue[] = [];
  for (const [clip, s, c] of eachClip(request)) {
    if (clip.type === 'audio') continue;
    const what = clipName(s, clip);
    const box = renderedBox(clip);
    const across = Math.max(box.width / stage.width, box.height / stage.height);
    if (across > SANITY.framesAcross)
      out.push(
        issue(
          'warning',
          'sanity.size',
          {
            subject: what,
            width: Math.round(box.width),
            height: Math.round(box.height),
            frameWidth: stage.width,
            frameHeight: stage.height,
            times: SANITY.framesAcross,
          },
          clipPath(s, c, box.width / stage.width > SANITY.framesAcross ? 'width' : 'height'),
          clip.id,
        ),
      );
    if (clip.type === 'textImage' && clip.fontSize > SANITY.maxFontPt)
      out.push(
        issue(
          'warning',
          'sanity.font-size',
          { subject: what, value: clip.fontSize, max: SANITY.maxFontPt },
          clipPath(s, c, 'fontSize'),
          clip.id,
        ),
      );
    if (clip.angle !== undefined && Math.abs(clip.angle) > 360)
      out.push(
        issue(
          'warning',
          'sanity.angle',
          { subject: what, value: clip.angle, shown: ((clip.angle % 360) + 360) % 360 },
          clipPath(s, c, 'angle'),
          clip.id,
        ),
      );
    if (clip.layer !== undefined && clip.layer < 0)
      out.push(
        issue(
          'warning',
          'sanity.layer',
          { subject: what, value: clip.layer },
          clipPath(s, c, 'layer'),
          clip.id,
        ),
      );
  }
  for (const [s, scene] of request.scenes.entries())
    for (const [j, script] of (scene.scripts ?? []).entries()) {
      const text = spokenText(script.org ?? '');
      const seconds = estimateSpeechSeconds(text);
      if (seconds > SANITY.longScriptSeconds)
        out.push(
          issue(
            'warning',
            'sanity.long-script',
            { subject: sceneName(s), chars: text.length, minutes: Math.round(seconds / 60) },
            scriptPath(s, j, 'org'),
          ),
        );
    }
  return out;
};
