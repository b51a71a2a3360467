// Merge + every check of 1,000 rows (unfilled variables, preflight, overflow, duration, duplicates)
// vs building the same 1,000 requests without checks: the price of checking before sending.
import { build } from '../src/domain/build';
import { applyRow } from '../src/domain/merge/apply';
import { mergeRows } from '../src/domain/merge/report';
import { median } from './figures';
import {
  designedProject,
  designedSpec,
  monospaceMeasure,
  row,
} from '../src/domain/merge/test-support';

const ROWS = 1000;
const ROUNDS = 7;
const project = designedProject();
const spec = designedSpec();
const rows = Array.from({ length: ROWS }, (_, i) =>
  row(i + 1, {
    name: i % 100 === 7 ? '' : `Person ${i + 1} 김민지`,
    logo: `https://cdn.example.com/logo-${i + 1}.png`,
    outfit: 'BG00002320',
  }),
);

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const plain = () => rows.map((r) => build(applyRow(project, spec, r).project));
const checked = () =>
  mergeRows(project, spec, rows, { measureText: monospaceMeasure }, ['name', 'logo', 'outfit']);
plain();
checked();
const plainMs: number[] = [];
const checkedMs: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  plainMs.push(time(plain));
  checkedMs.push(time(checked));
}
const p = median(plainMs);
const c = median(checkedMs);
const blocked = checked().filter((r) => r.blocked).length;
console.log(`${ROWS} rows × a 2-scene project (median of ${ROUNDS})`);
console.log(
  `  build only ${p.toFixed(1)} ms; merge + preflight + overflow + duplicates ${c.toFixed(1)} ms`,
);
console.log(
  `  ratio ${(c / p).toFixed(2)}× (goal ≤ 3×); ${blocked} rows blocked (expected ${ROWS / 100})`,
);
process.exit(c / p <= 3 && blocked === ROWS / 100 ? 0 : 1);
