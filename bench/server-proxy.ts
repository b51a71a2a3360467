// Requests per second through Scenewright's server vs a bare node:http pass-through to the same
// simulator, on loopback, one run each, same request count and concurrency. Prints the ratio.
import { createServer, request as httpRequest } from 'node:http';
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { loadSettings } from '../src/server/settings';
import { startAll } from '../src/server/start';

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = 32;
const PATH = '/api/odin/v3/dropdown/workspaces';
const APP_ID = 'bench-app';
const USER_KEY = 'bench-user-key';

const discard = new Writable({ write: (_chunk, _enc, done) => done() });
const settings = loadSettings({ PORT: '0', DATA_DIR: `/tmp/sw-bench-proxy-${process.pid}`, AISTUDIOS_APP_ID: APP_ID, AISTUDIOS_USER_KEY: USER_KEY, LOG_LEVEL: 'info' }, '');
const running = await startAll(settings, { logStream: discard });
const simUrl = new URL(running.simulator!.app.listeningOrigin);

const tokenRes = await fetch(`${simUrl.origin}/api/odin/v3/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appId: APP_ID, userKey: USER_KEY }) });
const token = ((await tokenRes.json()) as { data: { token: string } }).data.token;

// The baseline: pipes each request to the simulator with the token, nothing else.
const raw = createServer((req, res) => {
  const upstream = httpRequest({ host: simUrl.hostname, port: simUrl.port, path: req.url, method: req.method, headers: { ...req.headers, host: simUrl.host, authorization: token } }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});
await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
const rawUrl = `http://127.0.0.1:${(raw.address() as { port: number }).port}`;

async function measure(base: string): Promise<number> {
  for (let i = 0; i < 200; i++) await (await fetch(`${base}${PATH}`)).arrayBuffer(); // warm-up
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < TOTAL) {
        const res = await fetch(`${base}${PATH}`);
        await res.arrayBuffer();
        if (res.status !== 200) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (failures) throw new Error(`${failures} requests failed against ${base}`);
  return TOTAL / seconds;
}

const viaRaw = await measure(rawUrl);
const viaServer = await measure(running.url);
console.log(`GET ${PATH}, ${TOTAL} requests, concurrency ${CONCURRENCY}, loopback`);
console.log(`  raw node:http pass-through: ${viaRaw.toFixed(0)} req/s`);
console.log(`  Scenewright server:         ${viaServer.toFixed(0)} req/s`);
console.log(`  ratio server/raw: ${(viaServer / viaRaw).toFixed(2)}`);
raw.close();
await running.close();
rmSync(settings.dataDir, { recursive: true, force: true });
