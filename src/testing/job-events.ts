import type { FastifyInstance } from 'fastify';
import type { JobStore, StoredJob } from '../server/jobs/store';

/**
 * Resolves with the job once `match` holds for it: checked at once, then on each of the server's
 * own job events (what the UI's event stream shows). A test waits for the change itself, with no
 * polling and no sleep; one that never comes ends at the test's timeout.
 */
export function jobReaches(
  h: { app: FastifyInstance; store: JobStore },
  jobId: string,
  match: (job: StoredJob) => boolean,
): Promise<StoredJob> {
  return new Promise((resolve, reject) => {
    const done = (job: StoredJob) => {
      off();
      resolve(job);
    };
    // Subscribed before the first read, so no change between the two is missed.
    const off = h.app.jobs.events.subscribe((job) => {
      if (job.id === jobId && match(job)) done(job);
    });
    h.store.get(jobId).then(
      (job) => job && match(job) && done(job),
      (error: unknown) => {
        off();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Resolves once a listener subscribes to the server's job events (an event stream opened). */
export function nextJobSubscriber(app: FastifyInstance): Promise<void> {
  const { events } = app.jobs;
  const subscribe = events.subscribe.bind(events);
  return new Promise((resolve) => {
    events.subscribe = (listener) => {
      events.subscribe = subscribe;
      const off = subscribe(listener);
      resolve();
      return off;
    };
  });
}
