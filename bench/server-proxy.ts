// Requests per second through Scenewright's server (all its checks on) vs a bare node:http
// pass-through to the same simulator; simulator, server and pass-through each in its own process,
// load from autocannon here (64 connections). Prints req/s and p99 for both and their ratios: the
// medians of paired rounds that alternate which side goes first (the machine may be loaded).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { APP_ID, USER_KEY } from './credentials';
import { medianRound, reportFigure } from './figures';

const PATH = '/api/odin/v3/dropdown/workspaces';
const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const children: ChildProcess[] = [];

function start(...args: string[]): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./proxy-process.ts', import.meta.url).pathname, ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
    createInterface({ input: child.stdout! }).on(
      'line',
      (line) => line.startsWith('READY ') && resolve(line.slice(6)),
    );
  });
}

interface Load {
  rps: number;
  p99: number;
}

async function rate(url: string): Promise<Load> {
  const result = await autocannon({
    url: `${url}${PATH}`,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  if (result.non2xx || result.errors)
    throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors from ${url}`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

try {
  const sim = await start('sim');
  const tokenRes = await fetch(`${sim}/api/odin/v3/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appId: APP_ID, userKey: USER_KEY }),
  });
  const token = ((await tokenRes.json()) as { data: { token: string } }).data.token;
  const [raw, server] = await Promise.all([start('raw', sim, token), start('server', sim)]);
  await Promise.all([rate(raw), rate(server)]); // warm-up
  // Short rounds, alternating which side goes first, so a load change on the machine hits both.
  const rounds: { raw: Load; server: Load }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const first = i % 2 === 0 ? await rate(raw) : await rate(server);
    const second = i % 2 === 0 ? await rate(server) : await rate(raw);
    rounds.push(i % 2 === 0 ? { raw: first, server: second } : { raw: second, server: first });
  }
  if (process.env.BENCH_VERBOSE) console.log(rounds);
  const rps = medianRound(rounds, (r) => r.server.rps / r.raw.rps);
  const p99 = medianRound(rounds, (r) => r.server.p99 / Math.max(1, r.raw.p99));
  const list = (ratios: number[]) => ratios.map((r) => r.toFixed(2)).join(', ');
  console.log(
    `GET ${PATH}, ${CONNECTIONS} connections, ${ROUNDS} paired rounds of ${SECONDS} s, loopback, each side in its own process`,
  );
  console.log(
    `  raw node:http pass-through: ${rps.round.raw.rps.toFixed(0)} req/s, p99 ${rps.round.raw.p99} ms (median round by req/s)`,
  );
  console.log(
    `  Scenewright server:         ${rps.round.server.rps.toFixed(0)} req/s, p99 ${rps.round.server.p99} ms (Host/Origin/token/id checks, limits, redaction on)`,
  );
  console.log(
    `  req/s server/raw: ${rps.median.toFixed(2)} median (rounds ${list(rps.ratios)}; goal ≥ 0.80)`,
  );
  console.log(
    `  p99 server/raw:   ${p99.median.toFixed(2)} median (rounds ${list(p99.ratios)}; goal ≤ 1.50)`,
  );
  reportFigure({
    figure: 'proxy req/s at 64 connections vs raw pass-through',
    value: `${rps.median.toFixed(2)}×`,
    goal: '≥ 0.80×',
    met: rps.median >= 0.8,
  });
  reportFigure({
    figure: 'proxy p99 at 64 connections vs raw pass-through',
    value: `${p99.median.toFixed(2)}×`,
    goal: '≤ 1.50×',
    met: p99.median <= 1.5,
  });
} finally {
  for (const child of children) child.kill('SIGTERM');
}
