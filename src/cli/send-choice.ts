import { sendableRows, type RowReport } from '../domain/merge/report';

export interface SendFlags {
  /** `--ready-only`: the rows without errors, as the editor's Run sends them. */
  readyOnly?: boolean;
  /** `--force`: the ready rows and the rows with errors that can be sent at all. */
  force?: boolean;
}

const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

/** The rows this command sends; none while rows have errors and neither option says what to do. */
export function rowsToSend(reports: readonly RowReport[], flags: SendFlags): RowReport[] {
  if (flags.force) return sendableRows(reports, true);
  if (!flags.readyOnly && reports.some((r) => r.blocked)) return [];
  return sendableRows(reports);
}

/** Why nothing was sent, and exactly what each option would send instead. */
export function nothingSentHint(reports: readonly RowReport[]): string {
  const ready = sendableRows(reports).length;
  const withErrors = reports.filter((r) => r.blocked);
  const forceable = sendableRows(reports, true).length - ready;
  const never = withErrors.length - forceable;
  const options = [
    ready > 0 && `pass --ready-only to send only the ${rows(ready)} without errors`,
    forceable > 0 &&
      `pass --force to send ${ready > 0 ? `those and ` : ''}the ${rows(forceable)} with errors that can be sent (their videos keep the errors, and their credits are spent)`,
  ].filter(Boolean);
  return [
    `Nothing was sent: ${rows(withErrors.length)} with errors. Fix the errors above`,
    ...options.map((o) => `, or ${o}`),
    never > 0
      ? `. No option sends the ${rows(never)} with an unfilled {{variable}} or no valid request.`
      : '.',
  ].join('');
}
