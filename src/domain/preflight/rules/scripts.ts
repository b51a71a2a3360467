import { clipsWithScript, speechFormOf } from '../../speech-forms';
import { disallowedTags, spokenText } from '../html';
import { avatarsOf, isVisibleAvatar, issue, sceneName, type Rule } from '../issue';
import type { PreflightIssue } from '../types';
import type { IssuePath } from '../../parse';

/**
 * Which pages say where the speech goes. They disagree, so Scenewright sends the form the project
 * came in and only warns; it errors only where every page agrees (see README, "Vendor docs").
 */
export const SCENE_SCRIPTS_PAGES = '1.6.x "Create project and export" requires scenes[].scripts';
export const CLIP_SCRIPT_PAGES =
  '1.4.x "Clips" and "Export project", "Get started", the JSON-template tutorial and the sample repository put it on the clip';

/**
 * The scene's spoken text: one script (the docs: "only one speech data"), `isTTS`/`tts` agree,
 * `org` holds only `<p>`/`<span>` markup, and a visible avatar has something to say, wherever the
 * scene carries it (`scenes[].scripts` or the avatar clip's `script`).
 */
export const scriptRules: Rule = (request) => {
  const out: PreflightIssue[] = [];
  for (const [s, scene] of request.scenes.entries()) {
    const name = sceneName(s);
    const form = speechFormOf(scene);
    const scripts = scene.scripts ?? [];
    const clipScripts = clipsWithScript(scene).map((clip) => ({
      clip,
      index: scene.clips.indexOf(clip),
    }));
    if (form === 'none' || (form === 'scene-scripts' && scripts.length === 0)) {
      out.push(
        issue(
          'error',
          'script.count',
          `${name} has no script. Every page of the docs gives each scene one (in scenes[].scripts or on the avatar clip). Add a script (it may be empty if the avatar is hidden).`,
          ['scenes', s, 'scripts'],
        ),
      );
    } else if (scripts.length > 1) {
      out.push(
        issue(
          'error',
          'script.count',
          `${name} has ${scripts.length} scripts; AI Studios expects exactly one per scene. Merge them into one, or split the scene.`,
          ['scenes', s, 'scripts'],
        ),
      );
    }
    if (form === 'clip-script') {
      out.push(
        issue(
          'warning',
          'script.clip-form',
          `${name} carries its speech only on the avatar clip (script). The docs disagree: ${SCENE_SCRIPTS_PAGES}; ${CLIP_SCRIPT_PAGES}. Scenewright sends it as it came.`,
          ['scenes', s, 'clips', clipScripts[0]?.index ?? 0, 'script'],
          clipScripts[0]?.clip.id,
        ),
      );
    }
    const first = scripts[0];
    if (form === 'both' && first) {
      for (const { clip, index } of clipScripts) {
        if (clip.script?.org === first.org) continue;
        out.push(
          issue(
            'warning',
            'script.forms-differ',
            `${name}: scenes[].scripts and the avatar clip's script say different things, and the docs do not say which one AI Studios speaks. Edit the script once to make them equal.`,
            ['scenes', s, 'clips', index, 'script', 'org'],
            clip.id,
          ),
        );
      }
    }
    const avatar = avatarsOf(scene)[0]?.clip;
    const speaks = avatar !== undefined && isVisibleAvatar(avatar);
    const texts: { org: unknown; path: IssuePath }[] = [
      ...scripts.map((script, j) => ({ org: script.org, path: ['scenes', s, 'scripts', j] })),
      ...clipScripts.map(({ clip, index }) => ({
        org: clip.script?.org,
        path: ['scenes', s, 'clips', index, 'script'],
      })),
    ];
    for (const script of scripts) {
      const path: IssuePath = ['scenes', s, 'scripts', scripts.indexOf(script), 'tts'];
      if (script.isTTS === false && script.tts !== null) {
        out.push(
          issue(
            'error',
            'script.tts-inconsistent',
            `${name}: the script uses the avatar's own voice (isTTS is false) but also sets a TTS voice. Set tts to null, or isTTS to true.`,
            path,
          ),
        );
      } else if (script.isTTS === true && script.tts === null) {
        out.push(
          issue(
            'error',
            'script.tts-inconsistent',
            `${name}: the script asks for another voice (isTTS is true) but gives none (tts is null). Choose a voice, or set isTTS to false.`,
            path,
          ),
        );
      }
    }
    const textOf = (org: unknown) => (typeof org === 'string' ? org : '');
    // Where a scene carries two texts and one is empty, the pages disagree on which is spoken.
    const silent = texts.every(({ org }) => spokenText(textOf(org)) === '');
    for (const { org, path } of texts) {
      const text = textOf(org);
      const tags = disallowedTags(text);
      if (tags.length > 0) {
        out.push(
          issue(
            'error',
            'script.html',
            `${name}: the script contains ${tags.join(', ')}; only <p> and <span> are allowed. Remove that markup and keep the text.`,
            [...path, 'org'],
          ),
        );
      }
      if (speaks && silent) {
        out.push(
          issue(
            'error',
            'script.empty',
            `${name}: the avatar is on screen but its script is empty. Write what it should say, or hide the avatar.`,
            [...path, 'org'],
            avatar.id,
          ),
        );
      }
    }
  }
  return out;
};
