import { importProject, type ImportResult } from '../domain/import';
import { ParseError, type ParseOptions } from '../domain/parse';
import { readJsonText } from './read-json-text';

/** Text (a file, a paste) -> project: lenient JSON first, then the domain's import. */
export function importText(text: string, options: ParseOptions = {}): ImportResult {
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, error: new ParseError(read.problems) };
  return importProject(read.value, options);
}
