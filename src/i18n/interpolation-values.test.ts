import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from './catalogs';

/**
 * A placeholder whose value is not passed is shown raw: i18next leaves `{{variables, 이/가}}` on
 * screen. Every `t('key', …)` call with a literal key is checked against every language's text.
 * A key built at run time (`t(`jobs.kind.${kind}`)`) names a family only its types narrow, so it
 * is left out rather than guessed at.
 */

interface TCall {
  where: string;
  key: string;
  /** The option names passed; undefined when they cannot be read (a spread, a variable). */
  passed: Set<string> | undefined;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** `{{name}}` and `{{name, formatter}}` placeholders, by name. */
const placeholdersOf = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '');

function optionNames(arg: ts.Expression | undefined): Set<string> | undefined {
  if (!arg) return new Set();
  if (!ts.isObjectLiteralExpression(arg)) return undefined;
  const names = new Set<string>();
  for (const property of arg.properties) {
    if (ts.isSpreadAssignment(property) || !property.name) return undefined;
    names.add(property.name.getText());
  }
  return names;
}

/** `t('key', {…})`, `i18next.t('key')`, `i18n.t(…)`: calls of a function named t. */
function tCallsIn(source: string, file = 'source.tsx'): TCall[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const calls: TCall[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const named =
        (ts.isIdentifier(callee) && callee.text === 't') ||
        (ts.isPropertyAccessExpression(callee) && callee.name.text === 't');
      const [key, options] = node.arguments;
      if (named && key && (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key))) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        calls.push({ where: `${file}:${line}`, key: key.text, passed: optionNames(options) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return calls;
}

/** The placeholders a call leaves unfilled in `catalog`, across the key's plural forms. */
function unfilled(call: TCall, catalog: Readonly<Record<string, string>>): string[] {
  if (!call.passed) return [];
  const texts = Object.entries(catalog)
    .filter(([key]) => key === call.key || key.replace(PLURAL, '') === call.key)
    .map(([, text]) => text);
  const missing = texts.flatMap(placeholdersOf).filter((name) => !call.passed!.has(name));
  return [...new Set(missing)];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /(?<!\.test)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('t() calls', () => {
  it('the check reads literal keys and their options, and finds a placeholder not passed', () => {
    const calls = tCallsIn(
      "t('a.b'); i18next.t('c', { x: 1, y }); t(`d.${k}`); t('e', opts); t('f', { ...o });",
    );
    expect(calls.map((c) => [c.key, c.passed && [...c.passed]])).toEqual([
      ['a.b', []],
      ['c', ['x', 'y']],
      ['e', undefined],
      ['f', undefined],
    ]);
    const catalog = { 'a.b': 'Rows with {{n, 이/가}}', c_one: '{{count}} {{x}}', c_other: '{{y}}' };
    expect(unfilled(calls[0]!, catalog)).toEqual(['n']);
    expect(unfilled(calls[1]!, catalog)).toEqual(['count']);
  });

  it('pass every placeholder their text has, in every language', () => {
    const root = process.cwd();
    const calls = ['src/ui', 'src/app']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .flatMap((file) => tCallsIn(readFileSync(file, 'utf8'), relative(root, file)));
    expect(calls.length).toBeGreaterThan(300);
    const found = Object.entries(CATALOGS).flatMap(([language, catalog]) =>
      calls
        .map((call) => ({ call, missing: unfilled(call, catalog) }))
        .filter(({ missing }) => missing.length > 0)
        .map(({ call, missing }) => `${language} ${call.where} ${call.key}: ${missing.join(', ')}`),
    );
    expect(found).toEqual([]);
  });
});
