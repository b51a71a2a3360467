import type { Scene } from '../../domain/project';
import { orgToPlainText } from '../../domain/script-edits';
import { detectLanguage } from '../../domain/speech';
import { spokenOrgs } from '../../domain/speech-forms';

const BY_SCRIPT: Record<string, string> = { ko: 'ko', ja: 'ja', zh: 'zh' };

/** The script's language: read from its letters, else the avatar's language, else English. */
export function sceneLanguage(scene: Scene): string {
  const text = spokenOrgs(scene).map(orgToPlainText).join(' ');
  const fromText = BY_SCRIPT[detectLanguage(text)];
  if (fromText) return fromText;
  const avatar = scene.clips.find((c) => c.type === 'aiModel');
  const lang = avatar?.type === 'aiModel' ? avatar.model.language : undefined;
  return (lang || 'en').toLowerCase();
}

/** A browser voice for `lang` (a two-letter code or a tag), or undefined when none is installed. */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const base = lang.split('-')[0]!;
  const voices = speechSynthesis.getVoices();
  return (
    voices.find((v) => v.lang.toLowerCase() === lang) ??
    voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base)
  );
}
