import Papa from 'papaparse';
import type { DataRow } from '../domain/merge/spec';
import { PAPA_CODES, tableProblem, type TableProblem } from '../domain/merge/table-messages';

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
  problems: TableProblem[];
  encoding?: TextEncodingName;
}

/**
 * CSV, TSV or pasted cells -> header + rows (Papa Parse guesses the delimiter). Row numbers count
 * data rows from 1, so "row 17" is the 17th line under the header, as the manifest reports it.
 */
export function parseTable(text: string): Table {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: ['\t', ',', ';', '|'],
  });
  const [head = [], ...body] = parsed.data;
  // A one-column file has no delimiter to detect; that is not a problem.
  const problems = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => {
      const line = (e.row ?? 0) + 1;
      const key = PAPA_CODES[e.code];
      return key
        ? tableProblem(key, { line })
        : tableProblem('line-other', { line, detail: e.message });
    });
  const header = head.map((h, i) => h.trim() || `column ${i + 1}`);
  const seen = new Set<string>();
  for (const h of header) {
    const key = h.toLowerCase();
    if (seen.has(key)) problems.push(tableProblem('duplicate-column', { column: h }));
    seen.add(key);
  }
  const rows = body.map((cells, i) => {
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      problems.push(
        tableProblem('extra-cells', { row: i + 1, cells: cells.length, columns: header.length }),
      );
    return { number: i + 1, values: Object.fromEntries(header.map((h, c) => [h, cells[c] ?? ''])) };
  });
  if (header.length === 0) problems.push(tableProblem('empty'));
  else if (rows.length === 0) problems.push(tableProblem('no-rows'));
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
      problems: [tableProblem('not-text')],
    };
  return { ...table, encoding };
}
