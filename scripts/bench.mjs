// `npm run bench`: every benchmark in bench/, one after the other. Each prints its own detail and
// `FIGURE {json}` lines; this prints them all at the end as one table, each figure beside its goal.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

const benches = [
  'bench/server-proxy.ts',
  'bench/domain.ts',
  'bench/first-load.ts',
  'bench/stage-work.ts',
  'bench/editor-edits.ts',
  'bench/preview.ts',
  'bench/oversized-body.ts',
  'bench/chromakey-batch.ts',
  'bench/merge.ts',
  'bench/merge-run.ts',
  'bench/contact-sheet.ts',
  'bench/ledger.ts',
];
const only = process.argv.slice(2);
const selected = benches.filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const inBrowser = ['first-load', 'stage-work', 'editor-edits', 'preview', 'contact-sheet'];
// Those need Debian's Chromium, as the tests do: install it or say how.
const needsChromium = selected.some((f) => inBrowser.some((b) => f.includes(b)));
if (
  needsChromium &&
  spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' }).status
)
  process.exit(1);
const figures = [];
let failed = 0;

function run(file) {
  return new Promise((resolve) => {
    const child = spawn('node', ['--import', 'tsx', file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('FIGURE ')) figures.push({ bench: file, ...JSON.parse(line.slice(7)) });
      else console.log(line);
    });
    child.on('close', (code) => resolve(code));
  });
}

for (const file of selected) {
  console.log(`\n▶ ${file}`);
  const code = await run(file);
  if (code !== 0) {
    failed++;
    figures.push({
      bench: file,
      figure: '(bench failed)',
      value: `exit ${code}`,
      goal: '',
      met: false,
    });
  }
}

const rows = [
  ['figure', 'value', 'goal', 'met'],
  ...figures.map((f) => [f.figure, f.value, f.goal, f.met ? 'yes' : 'NO']),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(rows[0])}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows.slice(1)) console.log(line(r));
process.exit(failed ? 1 : 0);
