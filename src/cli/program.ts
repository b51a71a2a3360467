import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CliError, EXIT, type CliIo } from './io';
import { mergeCommand } from './merge-command';
import { renderCommand } from './render-command';

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
};
const positive = (value: string) => {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('must be a number above 0');
  return n;
};

/** Parses `argv` (without node and the script) and runs the command; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.allDone;
  const program = new Command('scenewright')
    .description(
      'Scenewright from the command line: render projects and merge them with spreadsheet data.',
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError();
  const where = (c: Command) =>
    c
      .option(
        '--server <url>',
        'the Scenewright server (its access token from SCENEWRIGHT_ACCESS_TOKEN)',
      )
      .option('--dry-run', 'use the built-in simulator in this process instead of a server')
      .option('--out <dir>', 'where videos (and the manifest) go', 'scenewright-out')
      .option('--poll-ms <ms>', 'how often job progress is read', positiveInt, 1000)
      .option(
        '--render-again',
        'send every row as a new export (new videos, new credits); without it, running the same command again follows what an earlier run into --out sent instead of paying twice',
      );
  where(program.command('merge'))
    .description(
      'one video per data row: every row is checked first; exit 0 all done, 1 some failed, 2 nothing sent',
    )
    .argument('<project>', 'request JSON or merge template exported by the editor')
    .argument('<rows>', 'CSV or TSV (UTF-8, UTF-16 or CP949)')
    .addOption(
      new Option(
        '--ready-only',
        'when some rows have errors, send only the rows without errors (as the editor’s Run does); without it or --force, any error sends nothing',
      ).conflicts('force'),
    )
    .option(
      '--force',
      'also send rows with errors (text overflow, unknown voice…: credits are spent on videos that show them); never rows with an unfilled {{variable}}',
    )
    .option(
      '--concurrency <n>',
      'rows rendering at once (your AI Studios plan’s limit)',
      positiveInt,
      2,
    )
    .option(
      '--credit-cap <credits>',
      'send no row that could take the credits spent and in flight (estimated) past this',
      positive,
    )
    .option('--no-media-check', 'do not ask each bound media URL before sending')
    .action(async (project: string, rows: string, flags) => {
      code = await mergeCommand(project, rows, flags, io);
    });
  where(program.command('render'))
    .description('export one project (no variables) and download its video')
    .argument('<project>', 'request JSON exported by the editor')
    .action(async (project: string, flags) => {
      code = await renderCommand(project, flags, io);
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.allDone : EXIT.nothingSent;
    if (e instanceof CliError) {
      io.err(e.message);
      return e.code;
    }
    io.err(`scenewright: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.someFailed;
  }
}
