import type { Project, Scene } from './project';
import { orgToPlainText } from './script-edits';
import { memoByString } from './memo';
import { spokenOrgs } from './speech-forms';

/**
 * Speaking rates for estimating scene length. AI Studios does not publish its TTS timing; these are
 * typical narration rates: ~150 words/min in English and other space-separated languages, ~7
 * syllables/s for Korean Hangul (each Hangul character is one syllable), ~8 characters/s for
 * Japanese kana/kanji and ~4.5 characters/s for Chinese. A scene never lasts under one second.
 */
const RATES = {
  wordsPerSecond: 150 / 60,
  hangulPerSecond: 7,
  kanaPerSecond: 8,
  hanPerSecond: 4.5,
} as const;
const PAUSE_PER_SENTENCE_S = 0.3;
export const MIN_SCENE_SECONDS = 1;

export type ScriptLanguage = 'ko' | 'ja' | 'zh' | 'other';

export function detectLanguage(text: string): ScriptLanguage {
  const hangul = (text.match(/[\uac00-\ud7af]/g) ?? []).length;
  const kana = (text.match(/[\u3040-\u30ff]/g) ?? []).length;
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const letters = (text.match(/[A-Za-z\u00c0-\u024f]/g) ?? []).length;
  const max = Math.max(hangul, kana + han, letters);
  if (max === 0) return 'other';
  if (max === hangul) return 'ko';
  if (max === kana + han) return kana > 0 ? 'ja' : 'zh';
  return 'other';
}

/** Hangul, kana and han characters: counted by rate, and not words of letters. */
const CJK = /[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff]/g;

/** Seconds the avatar needs to say `text` (plain text). One pass counts the CJK characters (a
 * merge estimates every scene of every row); text without any skips their removal. */
export const estimateSpeechSeconds = memoByString(estimate);

function estimate(text: string): number {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  const rest = hangul + kana + han > 0 ? trimmed.replace(CJK, ' ') : trimmed;
  const words = (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const sentences = (trimmed.match(/[.!?。！？]+/g) ?? []).length;
  const kanjiRate = kana > 0 ? RATES.kanaPerSecond : RATES.hanPerSecond;
  const seconds =
    words / RATES.wordsPerSecond +
    hangul / RATES.hangulPerSecond +
    kana / RATES.kanaPerSecond +
    han / kanjiRate +
    Math.max(0, sentences - 1) * PAUSE_PER_SENTENCE_S;
  return Math.round(seconds * 10) / 10;
}

export function sceneSeconds(scene: Pick<Scene, 'scripts' | 'clips'>): number {
  const text = spokenOrgs(scene).map(orgToPlainText).join('\n');
  return Math.max(MIN_SCENE_SECONDS, estimateSpeechSeconds(text));
}

/** `secondsOf` lets a caller that keeps each scene's length hand it in instead of re-estimating. */
export const projectSeconds = (
  project: Pick<Project, 'scenes'>,
  secondsOf: (scene: Scene) => number = sceneSeconds,
): number => Math.round(project.scenes.reduce((sum, s) => sum + secondsOf(s), 0) * 10) / 10;

export const formatSeconds = (seconds: number): string => {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
