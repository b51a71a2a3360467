import Papa from 'papaparse';
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
      message: `The CSV needs the columns ${CSV_COLUMNS.join(', ')}; missing: ${missing.join(', ')}.`,
    };
  const firstError = parsed.errors[0];
  if (firstError)
    return { ok: false, message: `CSV row ${(firstError.row ?? 0) + 2}: ${firstError.message}` };
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

export const batchToCsv = (rows: BatchRow[]) =>
  Papa.unparse(
    rows.map((r) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, r[c]]))),
    { columns: [...CSV_COLUMNS] },
  );
