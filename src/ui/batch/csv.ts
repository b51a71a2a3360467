import i18next from 'i18next';
import Papa from 'papaparse';
import { PAPA_CODES } from '../../domain/merge/table-messages';
import { decodeTable } from '../../merge/table';
import type { BatchRow } from '../../store/batch-store';

export const CSV_COLUMNS = ['language', 'text', 'model', 'clothes'] as const;

export type CsvResult =
  | { ok: true; rows: Pick<BatchRow, (typeof CSV_COLUMNS)[number]>[] }
  | { ok: false; message: string };

/** A header row names the columns (any order); `avatar`/`cloth` are accepted as aliases. */
export function parseBatchCsv(text: string): CsvResult {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) =>
      ({ avatar: 'model', cloth: 'clothes', clothid: 'clothes', modelid: 'model' })[
        h.trim().toLowerCase()
      ] ?? h.trim().toLowerCase(),
  });
  const missing = CSV_COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length)
    return {
      ok: false,
      message: i18next.t('batch.csvMissingColumns', {
        columns: CSV_COLUMNS.join(', '),
        missing: missing.join(', '),
      }),
    };
  const firstError = parsed.errors[0];
  if (firstError) {
    // Papa counts data rows from 0; the file's line has the header above it.
    const line = (firstError.row ?? 0) + 2;
    const key = PAPA_CODES[firstError.code];
    return {
      ok: false,
      message: key
        ? i18next.t(`table.${key}`, { line })
        : i18next.t('table.line-other', { line, detail: firstError.message }),
    };
  }
  return {
    ok: true,
    rows: parsed.data.map((r) => ({
      language: r.language?.trim() ?? '',
      text: r.text ?? '',
      model: r.model?.trim() ?? '',
      clothes: r.clothes?.trim() ?? '',
    })),
  };
}

/** A CSV file as it arrives: UTF-8, UTF-16 or CP949 (Korean Excel), decoded as the data merge does. */
export const readBatchCsv = (bytes: Uint8Array): CsvResult =>
  parseBatchCsv(decodeTable(bytes).text);

export const batchToCsv = (rows: BatchRow[]) =>
  Papa.unparse(
    rows.map((r) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, r[c]]))),
    { columns: [...CSV_COLUMNS] },
  );
