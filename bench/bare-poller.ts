// The baseline of "CPU per followed poll": a process that asks the simulator's progress endpoint
// about the given projects at the given rate (undici keep-alive pool, as the server's upstream
// client) and parses each answer, nothing else. Reads `{simUrl, token, projectIds, perSecond,
// windowMs}` as JSON from argv[2]; prints `POLLS <count> CPU_MS <user+system ms>`.
import { Pool } from 'undici';

const { simUrl, token, projectIds, perSecond, windowMs } = JSON.parse(process.argv[2]!) as {
  simUrl: string;
  token: string;
  projectIds: string[];
  perSecond: number;
  windowMs: number;
};
const pool = new Pool(simUrl, { connections: 16, keepAliveTimeout: 30_000 });
const poll = async (projectId: string) => {
  const { body } = await pool.request({
    method: 'GET',
    path: `/api/odin/v3/editor/progress/${encodeURIComponent(projectId)}`,
    headers: { authorization: token },
  });
  JSON.parse(await body.text());
};

// Warm up (connections, JIT) before measuring.
await Promise.all(projectIds.slice(0, 64).map(poll));
const before = process.cpuUsage();
const started = performance.now();
let polls = 0;
let next = 0;
const inFlight = new Set<Promise<void>>();
await new Promise<void>((resolve) => {
  const tick = setInterval(() => {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
    while (polls < due) {
      const p = poll(projectIds[next++ % projectIds.length]!).finally(() => inFlight.delete(p));
      inFlight.add(p);
      polls++;
    }
    if (performance.now() - started >= windowMs) {
      clearInterval(tick);
      resolve();
    }
  }, 10);
});
await Promise.all(inFlight);
const used = process.cpuUsage(before);
console.log(`POLLS ${polls} CPU_MS ${(used.user + used.system) / 1000}`);
await pool.close();
