import { clipsWithScript, speechFormOf } from '../../speech-forms';
import { disallowedTags, spokenText } from '../html';
import { avatarsOf, isVisibleAvatar, issue, sceneName, type Rule } from '../issue';
import type { PreflightIssue } from '../types';
import type { IssuePath } from '../../parse';

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
    // Positions in one pass: an indexOf per clip was quadratic in a scene of thousands.
    const position = new Map<unknown, number>(scene.clips.map((clip, index) => [clip, index]));
    const clipScripts = clipsWithScript(scene).map((clip) => ({
      clip,
      index: position.get(clip)!,
    }));
    if (form === 'none' || (form === 'scene-scripts' && scripts.length === 0)) {
      out.push(
        issue('error', 'script.count', { subject: name, context: 'none' }, [
          'scenes',
          s,
          'scripts',
        ]),
      );
    } else if (scripts.length > 1) {
      out.push(
        issue('error', 'script.count', { subject: name, count: scripts.length }, [
          'scenes',
          s,
          'scripts',
        ]),
      );
    }
    if (form === 'clip-script') {
      out.push(
        issue(
          'warning',
          'script.clip-form',
          { subject: name },
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
            { subject: name },
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
        out.push(issue('error', 'script.tts-inconsistent', { subject: name }, path));
      } else if (script.isTTS === true && script.tts === null) {
        out.push(
          issue('error', 'script.tts-inconsistent', { subject: name, context: 'missing' }, path),
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
          issue('error', 'script.html', { subject: name, tags: tags.join(', ') }, [...path, 'org']),
        );
      }
      if (speaks && silent) {
        out.push(issue('error', 'script.empty', { subject: name }, [...path, 'org'], avatar.id));
      }
    }
  }
  return out;
};
