import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ParseProblem } from '../domain/parse';

/**
 * Reads JSON as people paste it from the vendor's docs: trailing commas and comments are accepted
 * (jsonc-parser, the parser VS Code uses for settings files). Anything else is reported with its
 * line and column and a hint; a `${...}` placeholder left from a docs sample is named with what to
 * put in its place.
 */
export type ReadResult = { ok: true; value: unknown } | { ok: false; problems: ParseProblem[] };

export interface Placeholder {
  name: string;
  line: number;
  column: number;
  offset: number;
  inString: boolean;
}

const HINTS: [RegExp, string][] = [
  [/webhook/i, 'your webhook URL in quotes ("https://…"), or delete the whole "webhookUrl" line'],
  [/project/i, 'the project id in quotes'],
  [/workspace/i, 'your workspace id in quotes, or delete the line'],
  [/api.?key|token/i, 'nothing: the API key belongs in the Authorization header, not in the body'],
];
const fillHint = (name: string) =>
  HINTS.find(([pattern]) => pattern.test(name))?.[1] ?? 'the value it stands for';

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Every `${...}` in the text, and whether it sits inside a JSON string. */
export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inString && ch === '\\') {
      i += 1;
    } else if (ch === '"') {
      inString = !inString;
    } else if (ch === '$' && text[i + 1] === '{') {
      const end = text.indexOf('}', i);
      if (end < 0) break;
      out.push({ name: text.slice(i + 2, end), offset: i, inString, ...lineColumn(text, i) });
      i = end;
    }
  }
  return out;
}

const placeholderProblem = (p: Placeholder): ParseProblem => ({
  path: [],
  code: 'placeholder',
  line: p.line,
  column: p.column,
  message: `\${${p.name}} is a placeholder from the docs' sample. Replace it with ${fillHint(p.name)}.`,
});

const SYNTAX_HINTS: Record<string, string> = {
  CommaExpected: 'a comma is missing between two values',
  ColonExpected: 'a colon is missing after a property name',
  PropertyNameExpected: 'property names must be in double quotes',
  ValueExpected: 'a value is missing (or a placeholder is not filled in)',
  CloseBraceExpected: 'a } is missing',
  CloseBracketExpected: 'a ] is missing',
  EndOfFileExpected: 'there is text after the end of the JSON',
  InvalidSymbol:
    'this is not JSON (strings need double quotes; true, false and null are lower case)',
  UnexpectedEndOfString: 'a string is not closed with a double quote',
  InvalidEscapeCharacter: 'a backslash in a string starts an unknown escape',
};

function syntaxProblem(text: string, error: ParseError): ParseProblem {
  const name = printParseErrorCode(error.error);
  const { line, column } = lineColumn(text, error.offset);
  const hint = SYNTAX_HINTS[name] ?? name;
  return {
    path: [],
    code: 'invalid_json',
    line,
    column,
    message: `Not valid JSON: ${hint}.`,
  };
}

/** Strict JSON.parse when it can decide alone: many times faster than jsonc on megabytes. */
function strictJson(text: string): { value: unknown } | undefined {
  if (text.includes('${')) return undefined; // placeholders are reported, even inside strings
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined; // comments, trailing commas, or an error jsonc describes better
  }
}

export function readJsonText(text: string): ReadResult {
  const strict = strictJson(text);
  if (strict) return { ok: true, value: strict.value };
  const placeholders = findPlaceholders(text);
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, {
    allowTrailingComma: true,
    disallowComments: false,
  });
  if (placeholders.length > 0) {
    // A placeholder is what a person fixes first, whether or not it also broke the syntax.
    return { ok: false, problems: placeholders.map(placeholderProblem) };
  }
  if (errors.length > 0)
    return { ok: false, problems: errors.slice(0, 5).map((e) => syntaxProblem(text, e)) };
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [
        { path: [], code: 'invalid_json', message: 'There is nothing to import: paste JSON.' },
      ],
    };
  }
  return { ok: true, value };
}
