// Test-only: what a browser's EventSource does, over fetch: collects every job event it is sent.
export interface SseClient {
  /** jobId → the statuses it was told, in order. */
  seen: Map<string, string[]>;
  /** jobId → when (Date.now) it was first told done or failed. */
  finishedAt: Map<string, number>;
  close: () => void;
  ready: Promise<void>;
}

export function followEvents(url: string): SseClient {
  const seen = new Map<string, string[]>();
  const finishedAt = new Map<string, number>();
  const controller = new AbortController();
  let opened!: () => void;
  const ready = new Promise<void>((r) => (opened = r));
  void (async () => {
    try {
      const res = await fetch(`${url}/api/jobs/events`, { signal: controller.signal });
      opened();
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (!event.startsWith('event: job') || !data) continue;
          const job = JSON.parse(data) as { id: string; status: string };
          seen.set(job.id, [...(seen.get(job.id) ?? []), job.status]);
          if ((job.status === 'done' || job.status === 'failed') && !finishedAt.has(job.id))
            finishedAt.set(job.id, Date.now());
        }
      }
    } catch {
      opened();
    }
  })();
  return { seen, finishedAt, close: () => controller.abort(), ready };
}
