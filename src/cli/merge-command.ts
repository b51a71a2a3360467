import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matchColumns } from '../domain/merge/columns';
import { estimateCredits, mergeRows, summarise, type RowReport } from '../domain/merge/report';
import { formatSeconds } from '../domain/speech';
import { manifestCsv, videoFileName } from '../merge/manifest';
import { addMediaChecks } from '../merge/media-check';
import type { RunState } from '../merge/run';
import type { Table } from '../merge/table';
import { loadProject, loadRows } from './inputs';
import { CliError, EXIT, type CliIo } from './io';
import { sendResumably } from './resumable-run';
import { nothingSentHint, rowsToSend, type SendFlags } from './send-choice';
import { connect, type ServerLink } from './server-link';
import { measureTextNode } from './text-measure';

export interface MergeFlags extends SendFlags {
  out: string;
  server?: string;
  dryRun?: boolean;
  /** `--render-again`: every row a new export, even those an earlier run already sent. */
  renderAgain?: boolean;
  concurrency: number;
  pollMs: number;
  creditCap?: number;
  /** `--no-media-check`: skip asking each bound media URL before sending. */
  mediaCheck?: boolean;
}

function printReport(reports: readonly RowReport[], io: CliIo) {
  for (const report of reports) {
    for (const issue of report.issues) {
      const where = issue.message.startsWith('Row ') ? '' : `Row ${report.row.number}: `;
      io.out(`${issue.severity === 'error' ? 'ERROR  ' : 'warning'} ${where}${issue.message}`);
    }
  }
}

/** `scenewright merge project.json rows.csv`: check every row, send the good ones, collect videos and a manifest. */
export async function mergeCommand(
  projectPath: string,
  rowsPath: string,
  flags: MergeFlags,
  io: CliIo,
): Promise<number> {
  const { project, spec } = loadProject(projectPath, io);
  const table = loadRows(rowsPath, io);
  io.out(
    `${rowsPath}: ${table.rows.length} rows, columns ${table.header.join(', ')} (${table.encoding})`,
  );
  for (const problem of table.problems) io.out(`warning ${problem.message}`);
  const columns = matchColumns(project, spec, table.header);
  if (columns.unknown.length)
    io.out(`warning Columns the project does not use: ${columns.unknown.join(', ')}.`);
  for (const m of columns.missing)
    io.out(
      `${m.blocking ? 'ERROR  ' : 'warning'} No column "${m.column}" for ${m.for}${m.blocking ? '' : m.for.startsWith('{{') ? ' (its default is used)' : ' (the design is kept)'}.`,
    );
  if (table.rows.length === 0) throw new CliError(`${rowsPath} has no data rows under its header.`);
  // Voice ids are the server's: connect first when a column names voices.
  let link: ServerLink | undefined;
  try {
    const voices = spec.bindings.some((b) => b.kind === 'voice')
      ? await (link = await connect(flags, io)).api.voices()
      : [];
    io.out(`Checking ${table.rows.length} rows: values, text fit, preflight, media…`);
    const reports = mergeRows(
      project,
      spec,
      table.rows,
      { voices, measureText: measureTextNode },
      columns.used,
    );
    if (flags.mediaCheck !== false) await addMediaChecks(reports, spec);
    printReport(reports, io);
    const blocked = reports.filter((r) => r.blocked).length;
    io.out(`${reports.length} rows: ${reports.length - blocked} ready, ${blocked} with errors.`);
    if (columns.missing.some((m) => m.blocking)) {
      io.err('Nothing was sent: fix the errors above.');
      return EXIT.nothingSent;
    }
    const chosen = rowsToSend(reports, flags);
    if (chosen.length === 0) {
      io.err(blocked > 0 ? nothingSentHint(reports) : 'Nothing was sent: no row can be sent.');
      return EXIT.nothingSent;
    }
    const totals = summarise(chosen);
    const outDir = resolve(io.cwd, flags.out);
    const items = chosen.map((r) => ({
      rowNumber: r.row.number,
      request: r.request!,
      file: videoFileName(r.row.number, r.request!.name),
      credits: estimateCredits(r.seconds),
    }));
    link ??= await connect(flags, io);
    io.out(
      `Sending ${items.length} rows to ${flags.dryRun ? 'the built-in simulator' : link.url}: about ${formatSeconds(totals.seconds)} of video (about ${totals.credits} credits)…`,
    );
    const { state, downloaded } = await sendResumably({
      link,
      dryRun: flags.dryRun,
      renderAgain: flags.renderAgain,
      items,
      outDir,
      concurrency: flags.concurrency,
      pollMs: flags.pollMs,
      creditCap: flags.creditCap,
      io,
    });
    return writeManifest(table, reports, state, downloaded, outDir, io);
  } finally {
    await link?.close();
  }
}

function writeManifest(
  table: Table,
  reports: readonly RowReport[],
  state: RunState,
  downloaded: ReadonlyMap<number, string>,
  outDir: string,
  io: CliIo,
): number {
  const runOf = new Map(state.rows.map((r) => [r.rowNumber, r]));
  const entries = reports.map((r) => ({
    row: r.row,
    run: runOf.get(r.row.number),
    seconds: r.seconds,
    skipped: runOf.has(r.row.number)
      ? undefined
      : (r.issues.find((i) => i.severity === 'error')?.message ?? 'not sent'),
    file: downloaded.get(r.row.number),
  }));
  const manifest = join(outDir, 'manifest.csv');
  writeFileSync(manifest, manifestCsv(table.header, entries));
  const done = state.rows.filter((r) => r.status === 'done' && downloaded.has(r.rowNumber)).length;
  io.out(`${done} of ${table.rows.length} videos in ${outDir}; manifest: ${manifest}`);
  return done === table.rows.length ? EXIT.allDone : EXIT.someFailed;
}
