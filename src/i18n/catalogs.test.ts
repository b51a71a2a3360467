import { describe, expect, it } from 'vitest';
import { CATALOGS, en } from './catalogs';

/** i18next's plural forms: English has _one/_other, Korean only _other; the key is the same. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (catalog: Readonly<Record<string, string>>) =>
  new Set(Object.keys(catalog).map((key) => key.replace(PLURAL, '')));

/** `{{name}}` and `{{name, number}}` placeholders, by name. */
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '').sort();

/** The variables of a key across its plural forms (they may differ in wording, not in values). */
function variablesOf(catalog: Readonly<Record<string, string>>, base: string): string[] {
  const forms = Object.entries(catalog).filter(([key]) => key.replace(PLURAL, '') === base);
  return [...new Set(forms.flatMap(([, text]) => variables(text)))].sort();
}

describe('message catalogs', () => {
  it('every language has every key of English, and no other', () => {
    const english = baseKeys(en);
    for (const [language, catalog] of Object.entries(CATALOGS)) {
      const keys = baseKeys(catalog);
      expect({ language, missing: [...english].filter((k) => !keys.has(k)) }).toEqual({
        language,
        missing: [],
      });
      expect({ language, extra: [...keys].filter((k) => !english.has(k)) }).toEqual({
        language,
        extra: [],
      });
    }
  });

  it('each translation uses exactly the interpolation variables of the English', () => {
    for (const [language, catalog] of Object.entries(CATALOGS)) {
      const mismatched = [...baseKeys(en)].filter(
        (base) => variablesOf(catalog, base).join() !== variablesOf(en, base).join(),
      );
      expect({ language, mismatched }).toEqual({ language, mismatched: [] });
    }
  });

  it('no translation is empty', () => {
    for (const catalog of Object.values(CATALOGS))
      expect(Object.entries(catalog).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});
