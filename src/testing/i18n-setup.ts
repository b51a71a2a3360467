// The UI tests read the English the user sees, as the app shows it with an English browser.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGS } from '../i18n/catalogs';
import { addParticleFormatters } from '../i18n/josa';

void i18next.use(initReactI18next).init({
  resources: Object.fromEntries(
    Object.entries(CATALOGS).map(([lng, messages]) => [lng, { translation: messages }]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});
addParticleFormatters(i18next);
