// The domain's own costs against the platform's JSON in the same run: importing a 5 MB request
// (text -> project, as the Import dialog does) vs JSON.parse of the same text, and build + validate
// of a 50-scene × 30-clip project vs JSON.stringify of the request built. Median of paired rounds.
import { importText } from '../src/api/import-text';
import { build } from '../src/domain/build';
import { parse } from '../src/domain/parse';
import { validateRequest } from '../src/domain/preflight';
import { medianRound, reportFigure } from './figures';
import { makeRequest } from './make-request';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

const time = (run: () => unknown, times = 1) => {
  const start = performance.now();
  for (let i = 0; i < times; i++) run();
  return (performance.now() - start) / times;
};

function paired(label: string, ours: () => unknown, baseline: () => unknown, times: number) {
  ours();
  baseline(); // warm-up (JIT)
  const rounds: { ours: number; baseline: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2 === 0) rounds.push({ ours: time(ours, times), baseline: time(baseline, times) });
    else {
      const b = time(baseline, times);
      rounds.push({ ours: time(ours, times), baseline: b });
    }
  }
  const m = medianRound(rounds, (r) => r.ours / r.baseline);
  console.log(
    `  ${label}: ${m.round.ours.toFixed(1)} ms vs ${m.round.baseline.toFixed(1)} ms → ${m.median.toFixed(1)}× (rounds ${m.ratios.map((r) => r.toFixed(1)).join(', ')})`,
  );
  return m.median;
}

// About 5 MB of request text (as exported, indented): 200 scenes, as many clips as it takes.
const perClip =
  JSON.stringify(makeRequest(200, 31), null, 2).length -
  JSON.stringify(makeRequest(200, 30), null, 2).length;
const clips =
  30 +
  Math.ceil((5 * 1024 * 1024 - JSON.stringify(makeRequest(200, 30), null, 2).length) / perClip);
const bigText = JSON.stringify(makeRequest(200, clips), null, 2);
const imported = importText(bigText);
if (!imported.ok) throw new Error(`the bench request does not import: ${imported.error.message}`);

const fifty = parse(makeRequest(50, 30));
if (!fifty.ok) throw new Error(`the 50×30 request does not parse: ${fifty.error.message}`);
const project = fifty.project;
const built = build(project);
if (validateRequest(built).issues.some((i) => i.severity === 'error'))
  throw new Error('the 50×30 request has errors');

console.log(`Domain, ${ROUNDS} paired rounds`);
const importRatio = paired(
  `import of a ${(bigText.length / 1048576).toFixed(1)} MB request vs JSON.parse`,
  () => importText(bigText),
  () => JSON.parse(bigText),
  1,
);
const buildRatio = paired(
  'build + validate of 50×30 vs JSON.stringify',
  () => validateRequest(build(project)),
  () => JSON.stringify(build(project)),
  3,
);
reportFigure({
  figure: 'import of a 5 MB request vs JSON.parse',
  value: `${importRatio.toFixed(1)}×`,
  goal: '≤ 25×',
  met: importRatio <= 25,
});
reportFigure({
  figure: 'build + validate of 50×30 vs JSON.stringify',
  value: `${buildRatio.toFixed(1)}×`,
  goal: '≤ 4×',
  met: buildRatio <= 4,
});
