// One process of the proxy bench: `sim` (the simulator), `server` (Scenewright in front of it) or
// `raw` (a bare node:http pass-through to it). Prints `READY <url>` once listening.
import { createServer, request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { loadSettings } from '../src/server/settings';
import { buildSimulator } from '../src/server/simulator/app';
import { startAll } from '../src/server/start';
import { APP_ID, USER_KEY } from './credentials';

const [mode, simOrigin, token] = process.argv.slice(2);
const discard = new Writable({ write: (_chunk, _enc, done) => done() });

if (mode === 'sim') {
  const sim = buildSimulator({ ...loadSettings({}, '').sim, appId: APP_ID, userKey: USER_KEY });
  console.log(`READY ${await sim.app.listen({ host: '127.0.0.1', port: 0 })}`);
} else if (mode === 'server') {
  const settings = loadSettings(
    {
      PORT: '0',
      DATA_DIR: `/tmp/sw-bench-proxy-${process.pid}`,
      AISTUDIOS_BASE_URL: simOrigin,
      AISTUDIOS_APP_ID: APP_ID,
      AISTUDIOS_USER_KEY: USER_KEY,
      LOG_LEVEL: 'info',
    },
    '',
  );
  const running = await startAll(settings, { logStream: discard });
  console.log(`READY ${running.url}`);
} else if (mode === 'raw') {
  // The baseline: pipes each request to the simulator with the token, nothing else.
  const sim = new URL(simOrigin!);
  const raw = createServer((req, res) => {
    const upstream = httpRequest(
      {
        host: sim.hostname,
        port: sim.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: sim.host, authorization: token },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  raw.listen(0, '127.0.0.1', () =>
    console.log(`READY http://127.0.0.1:${(raw.address() as { port: number }).port}`),
  );
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.on('SIGTERM', () => process.exit(0));
