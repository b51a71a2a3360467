// Where a batch through the server loses time against the ideal: per job, when it was sent, when
// the server answered, when AI Studios (the simulator) accepted the export, when the render ended
// upstream, when the server recorded it done and when the client's event stream said so.
import { acceptedRenders } from '../src/server/jobs/testing/processes';
import type { Outcome } from '../src/server/jobs/testing/batch-client';

interface TracedJob {
  id: string;
  status: string;
  updatedAt: number;
}

const quantiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(0)}, p90 ${at(0.9).toFixed(0)}, max ${at(1).toFixed(0)} ms`;
};

/** Prints the trace; times are Date.now() in every process (one machine, one clock). */
export async function printBatchTrace(options: {
  serverUrl: string;
  simUrl: string;
  renderMs: number;
  startedAt: number;
  outcome: Outcome;
  finishedAt: Map<string, number>;
}): Promise<void> {
  const { outcome, startedAt, renderMs } = options;
  const jobs = (
    (await (await fetch(`${options.serverUrl}/api/jobs`)).json()) as { data: TracedJob[] }
  ).data;
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const accepted = new Map((await acceptedRenders(options.simUrl)).map((r) => [r.label, r]));
  const rows = [...outcome.acked].flatMap(([marker, jobId]) => {
    const times = outcome.times?.get(marker);
    const job = byId.get(jobId);
    const upstream = accepted.get(marker) as { at?: number } | undefined;
    const client = options.finishedAt.get(jobId);
    if (!times || !job || upstream?.at === undefined || client === undefined) return [];
    const renderEnd = upstream.at + renderMs;
    return [{ ...times, accepted: upstream.at, renderEnd, server: job.updatedAt, client }];
  });
  const rel = (t: number) => `${((t - startedAt) / 1000).toFixed(2)} s`;
  const last = (pick: (r: (typeof rows)[number]) => number) => Math.max(...rows.map(pick));
  console.log(`  trace of ${rows.length} jobs (ms):`);
  console.log(
    `    sent → server answered:              ${quantiles(rows.map((r) => r.answered - r.sent))}`,
  );
  console.log(
    `    sent → export accepted upstream:     ${quantiles(rows.map((r) => r.accepted - r.sent))}`,
  );
  console.log(
    `    render end → server recorded done:   ${quantiles(rows.map((r) => r.server - r.renderEnd))}`,
  );
  console.log(
    `    server recorded → client told done:  ${quantiles(rows.map((r) => r.client - r.server))}`,
  );
  console.log(
    `    last answer ${rel(last((r) => r.answered))}, last render end ${rel(last((r) => r.renderEnd))}, last recorded ${rel(last((r) => r.server))}, last told ${rel(last((r) => r.client))}`,
  );
}
