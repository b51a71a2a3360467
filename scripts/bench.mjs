// `npm run bench`: every benchmark in bench/, one after the other; each prints its own ratios.
import { spawnSync } from 'node:child_process';

const benches = ['bench/canvas.ts', 'bench/server-proxy.ts', 'bench/chromakey-batch.ts', 'bench/ledger.ts'];
let failed = 0;
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const result = spawnSync('node', ['--import', 'tsx', file], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
