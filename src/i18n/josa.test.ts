import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from './catalogs';
import { PARTICLES, addParticleFormatters, withParticle } from './josa';

describe('Korean particles after a variable', () => {
  it('follow the sound of the last syllable', () => {
    expect(withParticle('아바타', '이/가')).toBe('아바타가');
    expect(withParticle('이미지 클립', '이/가')).toBe('이미지 클립이');
    expect(withParticle('도형', '을/를')).toBe('도형을');
    expect(withParticle('오디오', '을/를')).toBe('오디오를');
    expect(withParticle('가로', '으로/로')).toBe('가로로');
    expect(withParticle('세로 방향', '으로/로')).toBe('세로 방향으로');
    expect(withParticle('서울', '으로/로')).toBe('서울로');
    expect(withParticle('텍스트', '와/과')).toBe('텍스트와');
    expect(withParticle('장면', '와/과')).toBe('장면과');
  });

  it('read numbers, Latin letters and closing quotes as a Korean speaker says them', () => {
    expect(withParticle('404', '으로/로')).toBe('404로');
    expect(withParticle('3', '을/를')).toBe('3을');
    expect(withParticle('1280', '이/가')).toBe('1280이');
    expect(withParticle('“Acme 영상”', '을/를')).toBe('“Acme 영상”을');
    expect(withParticle('image/png', '으로/로')).toBe('image/png로');
    expect(withParticle('CSV', '은/는')).toBe('CSV는');
  });

  it('work as i18next formatters in a catalog sentence', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'ko',
      resources: {
        ko: { translation: { moved: '{{subject, 이/가}} {{place, 으로/로}} 갔습니다' } },
      },
      interpolation: { escapeValue: false },
    });
    addParticleFormatters(instance);
    expect(instance.t('moved', { subject: '도형', place: '장면 2' })).toBe(
      '도형이 장면 2로 갔습니다',
    );
  });
});

describe('the Korean catalog', () => {
  it('writes no particle as both forms after a placeholder ({{x}}이(가), {{x}}을(를) …)', () => {
    const literal =
      /\}\}[”"’)]?(이\(가\)|을\(를\)|은\(는\)|\(으\)로|과\(와\)|와\(과\)|\(이\)[나라])/;
    expect(Object.entries(CATALOGS.ko).filter(([, text]) => literal.test(text))).toEqual([]);
  });

  it('names only particle pairs it has a formatter for', () => {
    const used = Object.values(CATALOGS.ko).flatMap((text) =>
      [...text.matchAll(/\{\{\s*\w+\s*,\s*([^}]*?)\s*\}\}/g)].map((m) => m[1] ?? ''),
    );
    const known = new Set<string>([...PARTICLES, 'number']);
    expect([...new Set(used)].filter((format) => !known.has(format))).toEqual([]);
  });
});
