import { RANGES } from '../../schema/common';
import { clipName, clipPath, eachClip, issue, outOfRange, sceneName, type Rule } from '../issue';
import type { PreflightIssue } from '../types';

/**
 * Clip ids are unique within a scene (the editor addresses a clip by scene and id). The vendor's
 * JSON-template tutorial reuses the avatar clip's id in both scenes, so across scenes it is allowed.
 */
export const uniqueIdRule: Rule = (request) => {
  const out: PreflightIssue[] = [];
  const seen = new Map<string, [number, number]>();
  for (const [clip, s, c] of eachClip(request)) {
    const key = `${s}\u0000${clip.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, [s, c]);
      continue;
    }
    out.push(
      issue(
        'error',
        'clip.duplicate-id',
        `${sceneName(s)}: the id "${clip.id}" is already used by another clip of this scene (clip ${first[1] + 1}). Give this clip a new id.`,
        clipPath(s, c, 'id'),
        clip.id,
      ),
    );
  }
  return out;
};

/** Whole-number layers, opacity and volume 1–100, a positive font size, and text to show. */
export const clipFieldRules: Rule = (request) => {
  const out: PreflightIssue[] = [];
  for (const [clip, s, c] of eachClip(request)) {
    const name = `${sceneName(s)}: the ${clipName(clip)}`;
    if (clip.layer !== undefined && !Number.isInteger(clip.layer)) {
      out.push(
        issue(
          'error',
          'clip.layer-not-integer',
          `${name} has layer ${clip.layer}; layers are whole numbers. Use ${Math.round(clip.layer)} (or reorder the layers).`,
          clipPath(s, c, 'layer'),
          clip.id,
        ),
      );
    }
    if (clip.opacity !== undefined && outOfRange(clip.opacity, RANGES.opacity)) {
      const hint =
        clip.opacity > 0 && clip.opacity < 1 ? ' It looks like a 0–1 value: multiply by 100.' : '';
      out.push(
        issue(
          'error',
          'clip.opacity-range',
          `${name} has opacity ${clip.opacity}; AI Studios accepts 1 to 100 (percent).${hint} Set a value in that range.`,
          clipPath(s, c, 'opacity'),
          clip.id,
        ),
      );
    }
    if ((clip.type === 'videoImage' || clip.type === 'audio') && clip.volume !== undefined) {
      if (outOfRange(clip.volume, RANGES.volume)) {
        out.push(
          issue(
            'error',
            'clip.volume-range',
            `${name} has volume ${clip.volume}; AI Studios accepts 1 to 100. Set a value in that range.`,
            clipPath(s, c, 'volume'),
            clip.id,
          ),
        );
      }
    }
    if (clip.type === 'textImage') {
      if (!(clip.fontSize > 0)) {
        out.push(
          issue(
            'error',
            'text.font-size',
            `${name} has font size ${clip.fontSize}; it must be greater than 0. Set a size in pt (e.g. 48).`,
            clipPath(s, c, 'fontSize'),
            clip.id,
          ),
        );
      }
      if (clip.text.trim() === '') {
        out.push(
          issue(
            'warning',
            'text.empty',
            `${name} has no text, so it shows nothing. Type its text or delete the clip.`,
            clipPath(s, c, 'text'),
            clip.id,
          ),
        );
      }
    }
  }
  return out;
};
