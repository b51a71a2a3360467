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
        issue(
          'warning',
          'scene.no-avatar-model',
          `${sceneName(s)} has no avatar clip. AI Studios' own editor always keeps one (hidden when the scene shows no avatar), and the script's voice comes from it: add an avatar, or the render may fail.`,
          ['scenes', s, 'clips'],
        ),
      );
      continue;
    }
    for (const extra of avatars.slice(1)) {
      out.push(
        issue(
          'error',
          'scene.multiple-avatars',
          `${sceneName(s)} has more than one avatar; AI Studios renders one avatar per scene. Remove "${extra.clip.id}" or move it to its own scene.`,
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
            `${sceneName(s)}: the script's modelId "${m.script.modelId}" is not the avatar's model "${m.avatar.modelId}". Set modelId to "${m.avatar.modelId}" (or pick the avatar again).`,
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
            `${sceneName(s)}: the script's clothId "${m.script.clothId}" is not the avatar's outfit "${m.avatar.clothId}". Set clothId to "${m.avatar.clothId}" (or pick the outfit again).`,
            scriptPath(s, m.scriptIndex, 'clothId'),
            m.avatar.clipId,
          ),
        );
      }
    }
  }
  return out;
};
