import i18next from 'i18next';

/** Numbers, durations, dates and sizes in the UI's language (Intl, keyed by i18next's language). */
const locale = () => i18next.resolvedLanguage ?? 'en';

export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(locale(), options).format(value);

/** 12.5 → "12.5%" ("12.5%" in Korean too, with the locale's digits and separators). */
export const formatPercent = (percent: number, digits = 1): string =>
  formatNumber(percent / 100, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** Seconds as "12.3 s" / "12.3초": a unit the locale names. */
export const formatSecondsUnit = (seconds: number, digits = 1): string =>
  formatNumber(seconds, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  });

/** A timestamp (ms) as the locale's medium date and short time. */
export const formatDateTime = (ms: number): string =>
  new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

/** A timestamp (ms) as the locale's time of day. */
export const formatTime = (ms: number): string =>
  new Intl.DateTimeFormat(locale(), { timeStyle: 'medium' }).format(ms);
