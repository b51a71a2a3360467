import { mapScene } from './clip-edits';
import type { Project } from './project';
import { everySpeechOrg, withSpeech } from './speech-forms';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const DECODE: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
  apos: "'",
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Plain text -> `org`: each line a `<p>`, HTML escaped, as the upstream editor writes it. */
export function plainTextToOrg(text: string): string {
  if (text === '') return '';
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** `org` -> the text a person edits: paragraphs become lines, tags go, entities decode. */
export function orgToPlainText(org: string): string {
  return org
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#?\w+);/g, (m, name: string) => DECODE[name] ?? m);
}

export const setScriptText = (project: Project, sceneId: string, org: string) =>
  mapScene(project, sceneId, (scene) =>
    everySpeechOrg(scene).length > 0 && everySpeechOrg(scene).every((o) => o === org)
      ? scene
      : withSpeech(scene, { org }),
  );

export const setVoice = (project: Project, sceneId: string, tts: Record<string, unknown> | null) =>
  mapScene(project, sceneId, (scene) => withSpeech(scene, { isTTS: tts !== null, tts }));
