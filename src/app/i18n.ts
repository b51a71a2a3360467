import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { CATALOGS, LANGUAGES, LANGUAGE_STORAGE_KEY } from '../i18n/catalogs';
import { addParticleFormatters } from '../i18n/josa';

/**
 * The one i18next instance: a choice made in the UI (localStorage) wins, then the browser's
 * languages in order; English when neither is Korean. Keys are flat ("toolbar.undo"), so dots
 * and colons in them are not separators.
 */
export function initI18n() {
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: Object.fromEntries(
        Object.entries(CATALOGS).map(([lng, messages]) => [lng, { translation: messages }]),
      ),
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: [], // remembered only when the user picks one (see LanguageSwitch)
      },
    });
  addParticleFormatters(i18next);
  const showLanguage = (lng: string) => {
    document.documentElement.lang = lng.split('-')[0] ?? 'en';
  };
  showLanguage(i18next.resolvedLanguage ?? 'en');
  i18next.on('languageChanged', showLanguage);
  return i18next;
}
