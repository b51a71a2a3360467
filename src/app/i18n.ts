import i18next, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, LANGUAGE_STORAGE_KEY, en } from '../i18n/languages';

/**
 * English (the fallback) is in the first chunk; every other catalog is fetched only when its
 * language is chosen or detected, so an English first load does not carry the Korean text, nor
 * the Korean particle formatters (es-hangul) that only Korean sentences use.
 */
const otherCatalogs: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (language !== 'ko') return callback(null, {});
    Promise.all([import('../i18n/locales/ko.json'), import('../i18n/josa')]).then(
      ([catalog, josa]) => {
        josa.addParticleFormatters(i18next);
        callback(null, catalog.default);
      },
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * The one i18next instance: a choice made in the UI (localStorage) wins, then the browser's
 * languages in order; English when neither is Korean. Keys are flat ("toolbar.undo"), so dots
 * and colons in them are not separators. Resolves once the chosen language's catalog is here.
 */
export async function initI18n() {
  const showLanguage = (lng: string) => {
    document.documentElement.lang = lng.split('-')[0] ?? 'en';
  };
  i18next.on('languageChanged', showLanguage);
  await i18next
    .use(otherCatalogs)
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en } },
      partialBundledLanguages: true,
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: [], // remembered only when the user picks one (see LanguageSwitch)
      },
    })
    // A catalog that failed to arrive leaves the English fallback on screen.
    .catch(() => undefined);
  showLanguage(i18next.resolvedLanguage ?? 'en');
  return i18next;
}
