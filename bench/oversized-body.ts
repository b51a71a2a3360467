// The worst event-loop delay of the server while it refuses a million-element body (3 MB of empty
// scenes), next to the same figure for one normal export, in the same run. Goal: under 100 ms.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import seed from '../src/domain/fixtures/seed-000-request.json';
import { loadSettings } from '../src/server/settings';
import { startAll } from '../src/server/start';
import { reportFigure } from './figures';

const discard = new Writable({ write: (_chunk, _enc, done) => done() });
const settings = loadSettings(
  {
    PORT: '0',
    DATA_DIR: `/tmp/sw-bench-body-${process.pid}`,
    LOG_LEVEL: 'info',
    SIM_RENDER_MS: '60000',
  },
  '',
);
const running = await startAll(settings, { logStream: discard });

/** A client in its own process posts the file, so only the server's work lands on this loop. */
const post = (file: string) =>
  new Promise<number>((resolve, reject) => {
    const script = `fetch(process.argv[1],{method:'POST',headers:{'content-type':'application/json'},body:require('fs').readFileSync(process.argv[2])}).then(async r=>{await r.arrayBuffer();console.log(r.status)})`;
    const child = spawn(
      process.execPath,
      ['-e', script, `${running.url}/api/odin/v3/editor/project`, file],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(Number(out.trim())) : reject(new Error(`client exited ${code}`)),
    );
  });

/** Posts the file and returns [status, worst event-loop delay in ms while it was handled]. */
async function worstDelay(file: string): Promise<[number, number]> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const status = await post(file);
  histogram.disable();
  return [status, histogram.max / 1e6];
}

const million = `{"scenes":[${'{},'.repeat(999_999)}{}]}`;
const normal = JSON.stringify(seed);
const files = join(settings.dataDir, 'bench-bodies');
mkdirSync(files, { recursive: true });
writeFileSync(join(files, 'million.json'), million);
writeFileSync(join(files, 'normal.json'), normal);
await worstDelay(join(files, 'normal.json')); // warm-up
const runs = 5;
const refused: number[] = [];
const accepted: number[] = [];
let statuses = '';
for (let i = 0; i < runs; i++) {
  const [a, normalMs] = await worstDelay(join(files, 'normal.json'));
  const [b, millionMs] = await worstDelay(join(files, 'million.json'));
  accepted.push(normalMs);
  refused.push(millionMs);
  statuses = `${a}/${b}`;
}
const worst = (xs: number[]) => Math.max(...xs).toFixed(1);
console.log(`POST editor/project, ${runs} runs each (status normal/million: ${statuses})`);
console.log(
  `  one normal export (${(normal.length / 1024).toFixed(1)} KB):          worst event-loop delay ${worst(accepted)} ms`,
);
console.log(
  `  a million empty scenes (${(million.length / 1048576).toFixed(1)} MB), refused: worst event-loop delay ${worst(refused)} ms (goal < 100 ms)`,
);
console.log(`  ratio refused/normal: ${(Math.max(...refused) / Math.max(...accepted)).toFixed(2)}`);
reportFigure({
  figure: 'worst event-loop delay refusing a million-scene body',
  value: `${worst(refused)} ms`,
  goal: '< 100 ms',
  met: Math.max(...refused) < 100,
});
await running.close();
rmSync(settings.dataDir, { recursive: true, force: true });
