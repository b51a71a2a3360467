import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, estimateSpeechSeconds, formatSeconds } from './speech';

describe('speech duration estimate', () => {
  it('reads English at about 150 words a minute', () => {
    const words = Array.from({ length: 150 }, () => 'word').join(' ');
    expect(estimateSpeechSeconds(words)).toBeCloseTo(60, 0);
  });
  it('reads Korean at about 7 syllables a second', () => {
    expect(estimateSpeechSeconds('가'.repeat(70))).toBeCloseTo(10, 0);
  });
  it('adds a short pause between sentences and is zero for nothing', () => {
    expect(estimateSpeechSeconds('One. Two. Three.')).toBeGreaterThan(
      estimateSpeechSeconds('One two three'),
    );
    expect(estimateSpeechSeconds('   ')).toBe(0);
  });
  it('detects the script language', () => {
    expect(detectLanguage('안녕하세요 여러분')).toBe('ko');
    expect(detectLanguage('こんにちは世界')).toBe('ja');
    expect(detectLanguage('你好世界')).toBe('zh');
    expect(detectLanguage('Hello world')).toBe('other');
    expect(formatSeconds(75.4)).toBe('1:15');
  });

  it('estimates as the four-pattern reading did, for any mix of scripts', () => {
    // The reading before one pass counted the CJK characters: each kind matched by its pattern.
    const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
    const reference = (text: string) => {
      const t = text.trim();
      if (!t) return 0;
      const hangul = count(t, /[\uac00-\ud7af]/g);
      const kana = count(t, /[\u3040-\u30ff]/g);
      const han = count(t, /[\u4e00-\u9fff]/g);
      const rest = t.replace(/[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff]/g, ' ');
      const seconds =
        count(rest, /[\p{L}\p{N}]+/gu) / 2.5 +
        hangul / 7 +
        kana / 8 +
        han / (kana > 0 ? 8 : 4.5) +
        Math.max(0, count(t, /[.!?。！？]+/g) - 1) * 0.3;
      return Math.round(seconds * 10) / 10;
    };
    const unit = fc.constantFrom(...'ab Zé9 .!?。\n김민지かなカナ漢字中文😀-'.split(''), '😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (text) => {
        expect(estimateSpeechSeconds(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
