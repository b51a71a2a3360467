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
});
