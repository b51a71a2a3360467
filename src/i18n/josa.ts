import type { i18n } from 'i18next';
import { josa } from 'es-hangul';

/** The particle pairs es-hangul chooses between, written in a catalog as `{{subject, 이/가}}`. */
export const PARTICLES = [
  '이/가',
  '을/를',
  '은/는',
  '으로/로',
  '와/과',
  '이나/나',
  '이라/라',
] as const;

type Particle = (typeof PARTICLES)[number];

/** How the last digit is read aloud (영, 일, 이, 삼 …), which decides the particle after a number. */
const DIGIT_READING = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];

/**
 * The part of a word the particle attaches to, as it is read: closing quotes and brackets are
 * silent, a digit is its Korean reading, a Latin letter its spelled-out name (es-hangul reads
 * capitals only).
 */
function spoken(word: string): string {
  const core = word.replace(/[\s"'”’»)\]}.…:]+$/u, '');
  const last = core.at(-1) ?? '';
  if (/\d/.test(last)) return DIGIT_READING[Number(last)] ?? core;
  if (/[a-z]/.test(last)) return last.toUpperCase();
  return core;
}

/** `word` followed by the particle of `pair` its sound takes: 아바타가, 이미지를, 장면 3으로. */
export function withParticle(word: unknown, pair: Particle): string {
  const text = String(word ?? '');
  const attached = josa(spoken(text), pair);
  return text + attached.slice(spoken(text).length);
}

/** Registers each pair as an i18next formatter, so no Korean sentence says 이(가) or 을(를). */
export function addParticleFormatters(instance: i18n): void {
  for (const pair of PARTICLES)
    instance.services.formatter?.add(pair, (value) => withParticle(value, pair));
}
