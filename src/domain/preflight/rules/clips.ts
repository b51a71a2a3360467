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
        { subject: sceneName(s), id: clip.id, first: first[1] + 1 },
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
    const name = clipName(s, clip);
    if (clip.layer !== undefined && !Number.isInteger(clip.layer)) {
      out.push(
        issue(
          'error',
          'clip.layer-not-integer',
          { subject: name, value: clip.layer, rounded: Math.round(clip.layer) },
          clipPath(s, c, 'layer'),
          clip.id,
        ),
      );
    }
    if (clip.opacity !== undefined && outOfRange(clip.opacity, RANGES.opacity)) {
      const fraction = clip.opacity > 0 && clip.opacity < 1;
      out.push(
        issue(
          'error',
          'clip.opacity-range',
          { subject: name, value: clip.opacity, ...(fraction ? { context: 'fraction' } : {}) },
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
            { subject: name, value: clip.volume },
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
            { subject: name, value: clip.fontSize },
            clipPath(s, c, 'fontSize'),
            clip.id,
          ),
        );
      }
      if (clip.text.trim() === '') {
        out.push(
          issue('warning', 'text.empty', { subject: name }, clipPath(s, c, 'text'), clip.id),
        );
      }
    }
  }
  return out;
};
