// Requests per second through Scenewright's server (all its checks on) vs a bare node:http
// pass-through to the same simulator; simulator, server and pass-through each in its own process,
// load from autocannon here (64 connections). Prints the ratio.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { APP_ID, USER_KEY } from './credentials';

const PATH = '/api/odin/v3/dropdown/workspaces';
const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const children: ChildProcess[] = [];

function start(...args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./proxy-process.ts', import.meta.url).pathname, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => line.startsWith('READY ') && resolve(line.slice(6)));
  });
}

async function rate(url: string): Promise<number> {
  const result = await autocannon({ url: `${url}${PATH}`, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors from ${url}`);
  return result.requests.average;
}

try {
  const sim = await start('sim');
  const tokenRes = await fetch(`${sim}/api/odin/v3/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appId: APP_ID, userKey: USER_KEY }) });
  const token = ((await tokenRes.json()) as { data: { token: string } }).data.token;
  const [raw, server] = await Promise.all([start('raw', sim, token), start('server', sim)]);
  await Promise.all([rate(raw), rate(server)]); // warm-up
  // Short rounds, alternating which side goes first, so a load change on the machine hits both.
  const rounds: { raw: number; server: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const first = i % 2 === 0 ? await rate(raw) : await rate(server);
    const second = i % 2 === 0 ? await rate(server) : await rate(raw);
    rounds.push(i % 2 === 0 ? { raw: first, server: second } : { raw: second, server: first });
  }
  if (process.env.BENCH_VERBOSE) console.log(rounds);
  const ratios = rounds.map((r) => r.server / r.raw).sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  const mid = rounds.find((r) => r.server / r.raw === median)!;
  console.log(`GET ${PATH}, ${CONNECTIONS} connections, ${ROUNDS} paired rounds of ${SECONDS} s, loopback, each side in its own process`);
  console.log(`  raw node:http pass-through: ${mid.raw.toFixed(0)} req/s (median round)`);
  console.log(`  Scenewright server:         ${mid.server.toFixed(0)} req/s (Host/Origin/token/id checks, limits, redaction on)`);
  console.log(`  ratio server/raw: ${median.toFixed(2)} median (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}; goal ≥ 0.80)`);
} finally {
  for (const child of children) child.kill('SIGTERM');
}
