// Test-only: a careful user's batch client for the crash tests. Before sending, it looks at the
// job list and never resends an export the ledger already has; it retries only jobs the server
// says were not charged (failed before or without reaching AI Studios).
import seed from '../../../domain/fixtures/seed-000-request.json';

export interface Intent {
  marker: string;
  path: string;
  body: Record<string, unknown>;
}

export interface ListedJob {
  id: string;
  status: string;
  projectId: string | null;
  error: string | null;
  attempts: number;
  request?: { text?: string; name?: string };
}

const V3 = '/api/odin/v3';

/** `count` exports of mixed kinds, each with a unique marker (its text, or its project name). */
export function mixedIntents(count: number, prefix: string): Intent[] {
  const { webhookUrl: _none, ...project } = seed as Record<string, unknown>;
  return Array.from({ length: count }, (_, i) => {
    const marker = `${prefix}-${i}`;
    if (i % 3 === 0)
      return {
        marker,
        path: `${V3}/simple/video`,
        body: {
          language: 'ko',
          text: marker,
          model: 'M000004017',
          clothes: 'BG00006160',
          isExport: true,
        },
      };
    if (i % 3 === 1)
      return {
        marker,
        path: `${V3}/simple/custom`,
        body: { language: 'en', text: marker, model: 'M000045058' },
      };
    return { marker, path: `${V3}/editor/project`, body: { ...project, name: marker } };
  });
}

export const markerOf = (job: ListedJob) => job.request?.text ?? job.request?.name ?? '';

export async function listJobs(url: string): Promise<ListedJob[]> {
  const res = await fetch(`${url}/api/jobs`);
  return ((await res.json()) as { data: ListedJob[] }).data;
}

export interface Outcome {
  /** marker → jobId for every answer that carried a jobId (acknowledged). */
  acked: Map<string, string>;
  /** marker → the status of its last answer, when asked for. */
  answers?: Map<string, number>;
  statuses: number[];
  /** Requests that got no answer (the server died under them). */
  lost: number;
  /** With it: marker → when (Date.now) the request was sent and its answer arrived (the bench's trace). */
  times?: Map<string, { sent: number; answered: number }>;
}

/** Sends every intent the ledger does not have yet, `concurrency` at a time, until done or the server dies. */
export async function sendMissing(
  url: string,
  intents: Intent[],
  outcome: Outcome,
  concurrency = 6,
): Promise<void> {
  let have: Set<string>;
  try {
    have = new Set((await listJobs(url)).map(markerOf));
  } catch {
    return;
  }
  const queue = intents.filter((i) => !have.has(i.marker));
  let dead = false;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = queue.shift(); next && !dead; next = queue.shift()) {
        const sent = Date.now();
        try {
          const res = await fetch(`${url}${next.path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(next.body),
          });
          const body = (await res.json()) as { data?: { jobId?: string } };
          outcome.statuses.push(res.status);
          outcome.answers?.set(next.marker, res.status);
          if (body.data?.jobId) outcome.acked.set(next.marker, body.data.jobId);
          outcome.times?.set(next.marker, { sent, answered: Date.now() });
        } catch {
          outcome.lost++;
          dead = true;
        }
      }
    }),
  );
}

/** Retries the jobs the server marked as not charged (the user's choice, made here for them). */
export async function retryUncharged(
  url: string,
  jobs: ListedJob[],
  /** marker → the retry's answer status, when asked for. */
  answers?: Map<string, number>,
): Promise<number> {
  let sent = 0;
  for (const job of jobs.filter(
    (j) => j.status === 'failed' && /nothing was exported or charged/.test(j.error ?? ''),
  )) {
    const res = await fetch(`${url}/api/jobs/${job.id}/retry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await res.arrayBuffer();
    answers?.set(markerOf(job), res.status);
    sent++;
  }
  return sent;
}
