import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { INPUT_MESSAGES, JSON_HINTS } from '../domain/messages/input-messages';
import { ref, renderMessage, type MessageParams } from '../domain/messages/message';
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

/** Which fill-in a docs placeholder asks for, by its name (see `json-fill.*` in INPUT_MESSAGES). */
const FILLS: [RegExp, string][] = [
  [/webhook/i, 'webhook'],
  [/project/i, 'project'],
  [/workspace/i, 'workspace'],
  [/api.?key|token/i, 'key'],
];
const fillOf = (name: string) =>
  ref(`json-fill.${FILLS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other'}`);

/** A problem with its English sentence from INPUT_MESSAGES; the UI says `code` with `params`. */
function problem(code: string, params: MessageParams, at?: { line: number; column: number }) {
  const key = typeof params.context === 'string' ? `${code}_${params.context}` : code;
  const found: ParseProblem = {
    path: [],
    code,
    message: renderMessage(INPUT_MESSAGES, key, params),
    params,
  };
  return at ? { ...found, line: at.line, column: at.column } : found;
}

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

const placeholderProblem = (p: Placeholder): ParseProblem =>
  problem('placeholder', { placeholder: `\${${p.name}}`, fill: fillOf(p.name) }, p);

function syntaxProblem(text: string, error: ParseError): ParseProblem {
  const name = printParseErrorCode(error.error);
  const hint = ref(`json-hint.${JSON_HINTS.has(name) ? name : 'other'}`);
  return problem('invalid_json', { hint }, lineColumn(text, error.offset));
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
    return { ok: false, problems: [problem('invalid_json', { context: 'empty' })] };
  }
  return { ok: true, value };
}
