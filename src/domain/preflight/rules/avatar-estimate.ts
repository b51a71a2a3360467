import { isEstimatedAvatar } from '../../avatar-catalog';
import { clipPath, issue, sceneName, type Rule } from '../issue';

/**
 * An avatar placed from the account's lists alone has no documented geometry: its box is the
 * outfit thumbnail's natural size, so where AI Studios draws it may differ from the stage.
 */
export const avatarEstimateRule: Rule = (request) =>
  request.scenes.flatMap((scene, s) =>
    scene.clips.flatMap((clip, c) =>
      clip.type === 'aiModel' && !clip.voiceOnly && isEstimatedAvatar(clip.model)
        ? [
            issue(
              'warning',
              'avatar.estimated-size',
              { subject: sceneName(s), model: clip.model.ai_name, outfit: clip.model.emotion },
              clipPath(s, c),
              clip.id,
            ),
          ]
        : [],
    ),
  );
