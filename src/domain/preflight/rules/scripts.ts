import { disallowedTags, spokenText } from '../html';
import { avatarsOf, isVisibleAvatar, issue, sceneName, scriptPath, type Rule } from '../issue';
import type { PreflightIssue } from '../types';

/**
 * The scene's spoken text: exactly one script (the docs: "only one entry"), `isTTS`/`tts` agree,
 * `org` holds only `<p>`/`<span>` markup, and a visible avatar has something to say.
 */
export const scriptRules: Rule = (request) => {
  const out: PreflightIssue[] = [];
  for (const [s, scene] of request.scenes.entries()) {
    const scene1 = sceneName(s);
    if (scene.scripts.length !== 1) {
      out.push(
        issue(
          'error',
          'script.count',
          `${scene1} has ${scene.scripts.length} scripts; AI Studios expects exactly one per scene. ` +
            (scene.scripts.length === 0
              ? 'Add a script (it may be empty if the avatar is hidden).'
              : 'Merge them into one, or split the scene.'),
          ['scenes', s, 'scripts'],
        ),
      );
    }
    const avatar = avatarsOf(scene)[0]?.clip;
    const speaks = avatar !== undefined && isVisibleAvatar(avatar);
    for (const [j, script] of scene.scripts.entries()) {
      if (script.isTTS === false && script.tts !== null) {
        out.push(
          issue(
            'error',
            'script.tts-inconsistent',
            `${scene1}: the script uses the avatar's own voice (isTTS is false) but also sets a TTS voice. Set tts to null, or isTTS to true.`,
            scriptPath(s, j, 'tts'),
          ),
        );
      } else if (script.isTTS === true && script.tts === null) {
        out.push(
          issue(
            'error',
            'script.tts-inconsistent',
            `${scene1}: the script asks for another voice (isTTS is true) but gives none (tts is null). Choose a voice, or set isTTS to false.`,
            scriptPath(s, j, 'tts'),
          ),
        );
      }
      const tags = disallowedTags(script.org);
      if (tags.length > 0) {
        const list = tags.join(', ');
        out.push(
          issue(
            'error',
            'script.html',
            `${scene1}: the script contains ${list}; only <p> and <span> are allowed. Remove that markup and keep the text.`,
            scriptPath(s, j, 'org'),
          ),
        );
      }
      if (speaks && spokenText(script.org) === '') {
        out.push(
          issue(
            'error',
            'script.empty',
            `${scene1}: the avatar is on screen but its script is empty. Write what it should say, or hide the avatar.`,
            scriptPath(s, j, 'org'),
            avatar.id,
          ),
        );
      }
    }
  }
  return out;
};
