import { scriptAvatarMismatches } from '../../avatar-edits';
import { avatarsOf, clipPath, issue, sceneName, scriptPath, type Rule } from '../issue';
import type { PreflightIssue } from '../types';

/**
 * The scene's avatar is its first aiModel clip. Every script names it: `modelId` = `model.ai_name`,
 * `clothId` = `model.emotion`, also when the avatar is hidden (`isDelete: true`), because the
 * upstream editor keeps that clip and the docs require the match without exception.
 */
export const avatarRules: Rule = (request) => {
  const out: PreflightIssue[] = [];
  for (const [s, scene] of request.scenes.entries()) {
    const avatars = avatarsOf(scene);
    const first = avatars[0];
    if (!first) {
      out.push(
        issue('warning', 'scene.no-avatar-model', { subject: sceneName(s) }, [
          'scenes',
          s,
          'clips',
        ]),
      );
      continue;
    }
    for (const extra of avatars.slice(1)) {
      out.push(
        issue(
          'error',
          'scene.multiple-avatars',
          { subject: sceneName(s), id: extra.clip.id },
          clipPath(s, extra.index),
          extra.clip.id,
        ),
      );
    }
    for (const m of scriptAvatarMismatches(scene)) {
      if (m.model) {
        out.push(
          issue(
            'error',
            'script.model-mismatch',
            { subject: sceneName(s), value: m.script.modelId, expected: m.avatar.modelId },
            scriptPath(s, m.scriptIndex, 'modelId'),
            m.avatar.clipId,
          ),
        );
      }
      if (m.cloth) {
        out.push(
          issue(
            'error',
            'script.cloth-mismatch',
            { subject: sceneName(s), value: m.script.clothId, expected: m.avatar.clothId },
            scriptPath(s, m.scriptIndex, 'clothId'),
            m.avatar.clipId,
          ),
        );
      }
    }
  }
  return out;
};
