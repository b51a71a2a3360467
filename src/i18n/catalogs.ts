import { en, type Language } from './languages';
import ko from './locales/ko.json';

export { en, type Language } from './languages';

/** Every catalog at once (tests and checks); the app loads all but English on demand. */
export const CATALOGS: Record<Language, Readonly<Record<string, string>>> = { en, ko };
