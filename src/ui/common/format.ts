import i18next from 'i18next';

/** Numbers, durations, dates and sizes in the UI's language (Intl, keyed by i18next's language). */
const locale = () => i18next.resolvedLanguage ?? 'en';

/**
 * Formatters by locale and options: making one costs about a millisecond (the locale's data is
 * loaded and resolved), using one microseconds, and a list of jobs or clips formats hundreds.
 */
const formatters = new Map<string, { format: (value: never) => string }>();
function formatter<F extends { format: (value: never) => string }>(
  kind: string,
  options: object | undefined,
  make: (locale: string) => F,
): F {
  const key = `${kind}|${locale()}|${JSON.stringify(options ?? {})}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = make(locale())));
  return found as F;
}

/** The UI languages that write a whole number from 0 to 999 as its digits, as Intl does. */
const PLAIN_LANGUAGES = new Set(['en', 'ko']);

/**
 * A page's first Intl number formatter costs 11–25 ms (ICU loads the locale's number data), and
 * the first screen formats only small whole numbers (a script's length, a colour's opacity): in
 * the languages that write those as plain digits, they take none.
 */
const plainWhole = (value: number) =>
  Number.isInteger(value) && value >= 0 && value < 1000 && PLAIN_LANGUAGES.has(locale());

export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  !options && plainWhole(value)
    ? String(value)
    : formatter('number', options, (l) => new Intl.NumberFormat(l, options)).format(value);

/** 12.5 → "12.5%" ("12.5%" in Korean too, with the locale's digits and separators). */
export const formatPercent = (percent: number, digits = 1): string => {
  // Whole percents only: Intl rounds the decimal it reads in percent / 100, not percent itself.
  if (digits === 0 && plainWhole(percent)) return `${percent}%`;
  return formatNumber(percent / 100, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
};

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
  formatter(
    'date-time',
    undefined,
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(ms);

/** A timestamp (ms) as the locale's time of day. */
export const formatTime = (ms: number): string =>
  formatter('time', undefined, (l) => new Intl.DateTimeFormat(l, { timeStyle: 'medium' })).format(
    ms,
  );

/** `Intl.DurationFormat` where the browser has it (Chromium does; Node 20 does not). */
type DurationFormatter = new (
  locale: string,
  options: { style: 'narrow' },
) => { format: (duration: { minutes?: number; seconds: number }) => string };

/** Milliseconds elapsed as "2m 5s" / "2분 5초", in whole seconds. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const DurationFormat = (Intl as { DurationFormat?: DurationFormatter }).DurationFormat;
  if (DurationFormat)
    return formatter(
      'duration',
      undefined,
      (l) => new DurationFormat(l, { style: 'narrow' }),
    ).format(minutes ? { minutes, seconds } : { seconds });
  const part = (value: number, unit: string) =>
    formatNumber(value, { style: 'unit', unit, unitDisplay: 'narrow' });
  return minutes
    ? `${part(minutes, 'minute')} ${part(seconds, 'second')}`
    : part(seconds, 'second');
}
