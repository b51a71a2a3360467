import Papa from 'papaparse';
import type { DataRow } from '../domain/merge/spec';
import type { RunRow } from './run';

export const MANIFEST_COLUMNS = [
  'row',
  'jobId',
  'projectId',
  'status',
  'error',
  'duration',
  'credits',
  'file',
] as const;

/** `row-0017-ann-lee.mp4`: sorts by row, readable, safe on every file system. */
export function videoFileName(rowNumber: number, name: string | undefined): string {
  const slug = (name ?? '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .toLowerCase();
  return `row-${String(rowNumber).padStart(4, '0')}${slug ? `-${slug}` : ''}.mp4`;
}

export interface ManifestEntry {
  row: DataRow;
  run?: RunRow;
  /** Estimated video length in seconds. */
  seconds?: number;
  /** Why the row was not sent, when it was not. */
  skipped?: string;
  file?: string;
}

/**
 * One line per data row, in data order: the row's own values next to what became of it, so a row's
 * video can be traced to its job and back (row 17 -> job -> file).
 */
export function manifestCsv(header: readonly string[], entries: readonly ManifestEntry[]): string {
  const valueColumns = header.filter((h) => !(MANIFEST_COLUMNS as readonly string[]).includes(h));
  const data = entries.map(({ row, run, seconds, skipped, file }) => [
    String(row.number),
    ...valueColumns.map((h) => row.values[h] ?? ''),
    run?.jobId ?? '',
    run?.projectId ?? '',
    skipped ? 'skipped' : (run?.status ?? 'not sent'),
    skipped ?? run?.error ?? '',
    seconds === undefined ? '' : String(seconds),
    run?.credits === undefined ? '' : String(run.credits),
    run?.status === 'done' ? (file ?? '') : '',
  ]);
  return Papa.unparse({ fields: ['row', ...valueColumns, ...MANIFEST_COLUMNS.slice(1)], data });
}
