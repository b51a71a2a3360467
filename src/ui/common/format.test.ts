import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, formatNumber, formatPercent, formatSecondsUnit } from './format';

afterEach(() => i18next.changeLanguage('en'));

describe('UI formatting', () => {
  it("formats in the UI's language, and again in the new one after a switch", async () => {
    expect(formatPercent(12.5)).toBe('12.5%');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatSecondsUnit(3)).toBe('3 sec');
    const at = Date.UTC(2026, 10, 24, 12, 0);
    const english = formatDateTime(at);
    await i18next.changeLanguage('ko');
    expect(formatSecondsUnit(3)).toBe('3초');
    expect(formatDateTime(at)).not.toBe(english);
    expect(formatDateTime(at)).toContain('2026');
    await i18next.changeLanguage('en');
    expect(formatSecondsUnit(3)).toBe('3 sec');
    expect(formatDateTime(at)).toBe(english);
  });

  it('keeps options apart: the same number with other options is formatted with those', () => {
    expect(formatPercent(12.345, 2)).toBe('12.35%');
    expect(formatPercent(12.345, 0)).toBe('12%');
    expect(formatNumber(0.5, { style: 'percent' })).toBe('50%');
    expect(formatNumber(0.5)).toBe('0.5');
  });

  it('writes small whole numbers and percents as Intl does in each UI language', async () => {
    for (const language of ['en', 'ko']) {
      await i18next.changeLanguage(language);
      const intl = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
      for (let p = -150; p <= 1010; p += 0.25)
        expect(formatPercent(p, 0)).toBe(intl.format(p / 100));
      // Not whole, and just below a half as a float: Intl rounds the decimal of p / 100.
      for (const p of [0.285 * 100, 28.5, 99.5, 100 / 3, 50.19607843137255])
        expect(formatPercent(p, 0)).toBe(intl.format(p / 100));
      const count = new Intl.NumberFormat(language);
      for (let n = -20; n <= 1100; n++) expect(formatNumber(n)).toBe(count.format(n));
      expect(formatNumber(12.5)).toBe(count.format(12.5));
    }
  });
});
