// `npm test`: every check CI runs, in order, stopping at the first failure, then one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['formatting (prettier --check)', 'npm', ['run', '-s', 'format:check']],
  ['postgres for the multi-instance tests', 'node', ['scripts/ensure-postgres.mjs']],
  ['unused code (knip)', 'npm', ['run', '-s', 'knip']],
  ['unit tests', 'npm', ['run', '-s', 'test:unit']],
  ['end-to-end tests', 'npm', ['run', '-s', 'test:e2e']],
];

const reports = { unit: 'reports/unit.json', e2e: 'reports/e2e.json' };
for (const file of Object.values(reports)) rmSync(file, { force: true });

/** Counts from the runners' JSON reports (vitest: numPassedTests…; Playwright: stats). */
function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(reports.unit)) {
    const r = JSON.parse(readFileSync(reports.unit, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  if (existsSync(reports.e2e)) {
    const s = JSON.parse(readFileSync(reports.e2e, 'utf8')).stats ?? {};
    // A flaky test (passed only on a retry) counts as failed: green must mean green.
    passed += s.expected ?? 0;
    failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
    skipped += s.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

let status = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`);
    status = result.status || 1;
    break;
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
const { passed, failed, skipped } = counts();
console.log(
  `\n${passed} passed, ${failed + (status && !failed ? 1 : 0)} failed, ${skipped} skipped`,
);
process.exit(status);
