import { runCli } from './program';

/** `npx scenewright …` (bin/scenewright.mjs loads this through tsx). */
const stop = new AbortController();
process.once('SIGINT', () => {
  process.stderr.write('\nStopping: no more rows are sent; the manifest is written.\n');
  stop.abort();
});
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  cwd: process.cwd(),
  progressStream: process.stderr,
  signal: stop.signal,
});
process.exit(code);
