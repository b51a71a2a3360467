import { MERGE_MESSAGES } from '../domain/merge/messages';
import { PREFLIGHT_MESSAGES } from '../domain/preflight/messages';
import { TABLE_MESSAGES } from '../domain/merge/table-messages';
import enUi from './locales/en.json';

// The first screen's share of the catalogs: the language list and English, the fallback. Other
// catalogs are fetched when chosen (src/app/i18n.ts); ./catalogs.ts holds them all, for tests.

/** Preflight's templates live in the domain (the server and CLI speak them); the UI prefixes them. */
const prefixed = (messages: Readonly<Record<string, string>>, prefix: string) =>
  Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${prefix}${key}`, text]));

export const en: Readonly<Record<string, string>> = {
  ...enUi,
  ...prefixed(PREFLIGHT_MESSAGES, 'preflight.'),
  ...prefixed(MERGE_MESSAGES, 'preflight.'),
  ...prefixed(TABLE_MESSAGES, 'table.'),
};

export type Language = 'en' | 'ko';

export const LANGUAGES: readonly Language[] = ['en', 'ko'];

/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ko: '한국어' };

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'scenewright.language';
