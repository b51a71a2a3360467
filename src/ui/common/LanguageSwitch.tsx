import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  LANGUAGE_STORAGE_KEY,
  type Language,
} from '../../i18n/languages';

/** Each language by its own name; the choice is kept for the next visit. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const choose = (language: Language) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage refused (private mode): the choice holds for this visit only.
    }
    void i18n.changeLanguage(language);
  };
  return (
    <select
      className="language-switch"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={i18n.resolvedLanguage ?? 'en'}
      onChange={(e) => choose(e.target.value as Language)}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
