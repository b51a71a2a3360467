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
    const what = `${sceneName(s)}: the ${clipName(clip)}`;
    const box = renderedBox(clip);
    const across = Math.max(box.width / stage.width, box.height / stage.height);
    if (across > SANITY.framesAcross)
      out.push(
        issue(
          'warning',
          'sanity.size',
          `${what} is ${Math.round(box.width)}×${Math.round(box.height)} px on a ${stage.width}×${stage.height} frame, over ${SANITY.framesAcross} times its size. Check the width, height and scale.`,
          clipPath(s, c, box.width / stage.width > SANITY.framesAcross ? 'width' : 'height'),
          clip.id,
        ),
      );
    if (clip.type === 'textImage' && clip.fontSize > SANITY.maxFontPt)
      out.push(
        issue(
          'warning',
          'sanity.font-size',
          `${what} is set in ${clip.fontSize} pt; more than ${SANITY.maxFontPt} pt does not fit the frame. Check the size.`,
          clipPath(s, c, 'fontSize'),
          clip.id,
        ),
      );
    if (clip.angle !== undefined && Math.abs(clip.angle) > 360)
      out.push(
        issue(
          'warning',
          'sanity.angle',
          `${what} is turned ${clip.angle}°, more than a full turn; it shows as ${((clip.angle % 360) + 360) % 360}°. Use a value between −360 and 360.`,
          clipPath(s, c, 'angle'),
          clip.id,
        ),
      );
    if (clip.layer !== undefined && clip.layer < 0)
      out.push(
        issue(
          'warning',
          'sanity.layer',
          `${what} is on layer ${clip.layer}; layers count up from 0 at the back. Use 0 or more.`,
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
            `${sceneName(s)}: the script has ${text.length.toLocaleString('en')} characters, about ${Math.round(seconds / 60)} minutes of speech in one scene. Check it is all meant to be said, or split it into scenes.`,
            scriptPath(s, j, 'org'),
          ),
        );
    }
  return out;
};
