import Papa from 'papaparse';
import type { DataRow } from '../domain/merge/spec';

export type TextEncodingName = 'utf-8' | 'utf-8 (BOM)' | 'utf-16le' | 'utf-16be' | 'cp949';

/**
 * Browsers' `euc-kr` decoder is CP949 (WHATWG). Node's ICU one is strict EUC-KR and garbles the
 * 8,822 extra Hangul (똠, 뷁), so the CLI passes iconv-lite's CP949 instead.
 */
export type Cp949Decoder = (bytes: Uint8Array) => string;
const browserCp949: Cp949Decoder = (bytes) => new TextDecoder('euc-kr').decode(bytes);

/**
 * Spreadsheet bytes -> text. A BOM decides; else strict UTF-8 when the bytes are valid UTF-8, else
 * CP949 (what Korean Excel writes for "CSV" on Windows).
 */
export function decodeTable(
  bytes: Uint8Array,
  cp949: Cp949Decoder = browserCp949,
): { text: string; encoding: TextEncodingName } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 (BOM)' };
  if (a === 0xff && b === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: cp949(bytes), encoding: 'cp949' };
  }
}

export interface Table {
  header: string[];
  rows: DataRow[];
  /** ',' for CSV, '\t' for TSV and text pasted from a spreadsheet. */
  delimiter: string;
  /** Problems a person can fix in the file, with their line. */
  problems: string[];
  encoding?: TextEncodingName;
}

/**
 * CSV, TSV or pasted cells -> header + rows (Papa Parse guesses the delimiter). Row numbers count
 * data rows from 1, so "row 17" is the 17th line under the header, as the manifest reports it.
 */
/** Papa Parse's quoting findings, in the words of someone who edits a spreadsheet. */
const QUOTE_WORDS: Record<string, string> = {
  MissingQuotes:
    'a cell opens a quote (") that is never closed, so the rest of the file reads as one cell. Close the quote.',
  InvalidQuotes: 'a quote (") inside a quoted cell must be written twice (""). Fix that cell.',
};

export function parseTable(text: string): Table {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: ['\t', ',', ';', '|'],
  });
  const [head = [], ...body] = parsed.data;
  // A one-column file has no delimiter to detect; that is not a problem.
  const problems = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => `Line ${(e.row ?? 0) + 1}: ${QUOTE_WORDS[e.code] ?? e.message}`);
  const header = head.map((h, i) => h.trim() || `column ${i + 1}`);
  const seen = new Set<string>();
  for (const h of header) {
    const key = h.toLowerCase();
    if (seen.has(key))
      problems.push(`The column "${h}" appears twice in the header; rename one of them.`);
    seen.add(key);
  }
  const rows = body.map((cells, i) => {
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      problems.push(
        `Row ${i + 1} has ${cells.length} cells but the header names ${header.length} columns; the extra cells are ignored.`,
      );
    return { number: i + 1, values: Object.fromEntries(header.map((h, c) => [h, cells[c] ?? ''])) };
  });
  if (header.length === 0)
    problems.push(
      'The data is empty: it needs a header line naming the columns, then one line per video.',
    );
  else if (rows.length === 0)
    problems.push('There are no rows under the header: add one line per video.');
  return { header, rows, delimiter: parsed.meta.delimiter, problems };
}

/** A file as it arrives (any encoding) -> table. */
export function readTable(bytes: Uint8Array, cp949?: Cp949Decoder): Table {
  const { text, encoding } = decodeTable(bytes, cp949);
  const table = parseTable(text);
  // A workbook (.xlsx), a picture or a PDF decodes to text with NUL bytes in it.
  if (text.includes('\u0000'))
    return {
      header: [],
      rows: [],
      delimiter: table.delimiter,
      encoding,
      problems: [
        'This is not a CSV or TSV text file (a workbook or a picture?). In the spreadsheet, save or download the sheet as CSV, then load that file.',
      ],
    };
  return { ...table, encoding };
}
