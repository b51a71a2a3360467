// "CPU per followed poll vs a bare poller" (issue 18): the server's CPU per progress request the
// simulator answered, against bench/bare-poller.ts asking the same projects at the same rate.
import { spawn } from 'node:child_process';
import { acceptedRenders } from '../src/server/jobs/testing/processes';

/** Progress requests the simulator (its accounting turned on) has answered so far. */
export async function progressAnswered(simUrl: string): Promise<number> {
  const res = await fetch(`${simUrl}/sim-test/accounting`);
  return ((await res.json()) as { progressAnswered: number }).progressAnswered;
}

/** The bare poller's CPU per poll (ms) over `windowMs` at `perSecond`, over the renders labelled `prefix…`. */
export async function barePollMs(
  simUrl: string,
  prefix: string,
  perSecond: number,
  windowMs: number,
): Promise<number> {
  const tokenRes = await fetch(`${simUrl}/api/odin/v3/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appId: 'crash-app', userKey: 'crash-user-key' }),
  });
  const token = ((await tokenRes.json()) as { data: { token: string } }).data.token;
  const projectIds = (await acceptedRenders(simUrl))
    .filter((r) => r.label.startsWith(prefix))
    .map((r) => r.projectId);
  const input = JSON.stringify({ simUrl, token, projectIds, perSecond, windowMs });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./bare-poller.ts', import.meta.url).pathname, input],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  const m = /POLLS (\d+) CPU_MS ([\d.]+)/.exec(out);
  if (!m) throw new Error(`bare poller printed no result: ${out}`);
  return Number(m[2]) / Number(m[1]);
}
