import { MERGE_MESSAGES } from '../domain/merge/messages';
import { PREFLIGHT_MESSAGES } from '../domain/preflight/messages';
import { TABLE_MESSAGES } from '../domain/merge/table-messages';
import enUi from './locales/en.json';
import ko from './locales/ko.json';

/** Preflight's templates live in the domain (the server and CLI speak them); the UI prefixes them. */
const prefixed = (messages: Readonly<Record<string, string>>, prefix: string) =>
  Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${prefix}${key}`, text]));

export const en: Readonly<Record<string, string>> = {
  ...enUi,
  ...prefixed(PREFLIGHT_MESSAGES, 'preflight.'),
  ...prefixed(MERGE_MESSAGES, 'preflight.'),
  ...prefixed(TABLE_MESSAGES, 'table.'),
};

export const CATALOGS = { en, ko: ko as Readonly<Record<string, string>> } as const;

export type Language = keyof typeof CATALOGS;

export const LANGUAGES: readonly Language[] = ['en', 'ko'];

/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ko: '한국어' };

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'scenewright.language';
