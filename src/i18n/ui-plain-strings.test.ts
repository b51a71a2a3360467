import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule (i18next/no-literal-string) reads JSX only. Plain .ts files of the UI build
 * messages too (CSV and zip errors); an English sentence in one is a string the user would see
 * untranslated. The action table is exempt: its labels are the English of `action.*` keys, checked
 * against the catalog in src/ui/common/action-labels.test.ts.
 */
const EXEMPT = new Set(['src/ui/actions/action-table.ts']);

/** A quoted capitalised word followed by two lower-case words: "The file is …", `Download of the …`. */
const SENTENCE = /(['"`])([A-Z][a-z']*(?: [a-z][\w']*){2,}[^'"`\n]*)/g;

export function sentencesIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '');
  return [...code.matchAll(SENTENCE)].map((m) => m[2] ?? '');
}

function plainTsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return plainTsFiles(path);
    return /(?<!\.test|\.d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('plain .ts files of the UI', () => {
  it('the check finds a sentence in code and none in comments', () => {
    expect(
      sentencesIn('throw new Error(`Download of the video ${name} failed.`); // Not this one here'),
    ).toEqual(['Download of the video ${name} failed.']);
    expect(sentencesIn("/** The file is gone. */ const key = 'batch.downloadFailed';")).toEqual([]);
  });

  it('hold no English sentence: messages come from the catalog', () => {
    const root = process.cwd();
    const found = ['src/ui', 'src/app']
      .flatMap((dir) => plainTsFiles(join(root, dir)))
      .map((file) => relative(root, file))
      .filter((file) => !EXEMPT.has(file))
      .flatMap((file) => sentencesIn(readFileSync(file, 'utf8')).map((s) => `${file}: ${s}`));
    expect(found).toEqual([]);
  });
});
