/** What the CLI touches of the outside world; tests pass their own. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** A terminal for the progress bar; without one, one line per finished row. */
  progressStream?: NodeJS.WriteStream;
  /** Aborts on Ctrl-C: the run stops sending and the manifest is written. */
  signal?: AbortSignal;
}

/** Exit codes a script can trust. */
export const EXIT = { allDone: 0, someFailed: 1, nothingSent: 2 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.nothingSent,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
