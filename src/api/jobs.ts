import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { z } from 'zod';
import { jobSchema, type Job } from '../domain/schema/job';
import { call, withToken } from './client';

export const jobsQuery = (live: boolean) =>
  queryOptions({
    queryKey: ['jobs'],
    queryFn: ({ signal }) =>
      call(
        '/api/jobs',
        z
          .union([z.array(jobSchema), z.looseObject({ jobs: z.array(jobSchema) })])
          .transform((v) => (Array.isArray(v) ? v : v.jobs)),
        { signal },
      ),
    // Server-Sent Events keep the list fresh; polling takes over when they are down.
    refetchInterval: live ? false : jobsPollInterval,
  });

const POLL_MS = 2000;
const POLL_MAX_MS = 30_000;
const polled = new WeakMap<object, { at: number; data: unknown; interval: number }>();

/**
 * While nothing changes the fallback poll slows down, 2 s doubling to 30 s; any change brings it
 * back to 2 s. Structural sharing keeps an unchanged answer the same object, so `===` tells.
 */
export function jobsPollInterval(query: { state: { data: unknown; dataUpdatedAt: number } }) {
  const { data, dataUpdatedAt } = query.state;
  const seen = polled.get(query);
  if (!seen) {
    polled.set(query, { at: dataUpdatedAt, data, interval: POLL_MS });
    return POLL_MS;
  }
  if (seen.at !== dataUpdatedAt) {
    seen.interval = data === seen.data ? Math.min(POLL_MAX_MS, seen.interval * 2) : POLL_MS;
    seen.at = dataUpdatedAt;
    seen.data = data;
  }
  return seen.interval;
}

/** @public One job, for a view that follows a single job (the Jobs dialog lists them all today). */
export const jobQuery = (id: string) =>
  queryOptions({
    queryKey: ['jobs', id],
    queryFn: ({ signal }) => call(`/api/jobs/${encodeURIComponent(id)}`, jobSchema, { signal }),
  });

/** Sends a failed job again; a stalled one only with `confirmStalled` (it may be charged twice). */
export const retryJob = (id: string, options: { confirmStalled?: boolean } = {}) =>
  call(`/api/jobs/${encodeURIComponent(id)}/retry`, jobSchema.or(z.unknown()), {
    method: 'POST',
    body: options.confirmStalled ? { confirmStalled: true } : {},
  });

export const downloadUrl = (id: string) =>
  withToken(`/api/jobs/${encodeURIComponent(id)}/download`);

/**
 * Listens to `/api/jobs/events` while `enabled`, telling `onLive` whether the stream is up (else
 * the query polls). Each time the stream (re)opens the list is fetched once: events sent while it
 * was down, or before it first opened, are not replayed.
 */
export function useJobEvents(onLive: (live: boolean) => void, enabled = true) {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled) return void onLive(false);
    const source = new EventSource(withToken('/api/jobs/events'));
    const apply = (data: string) => {
      try {
        const parsed: unknown = JSON.parse(data);
        const job = jobSchema.safeParse((parsed as { job?: unknown })?.job ?? parsed);
        if (!job.success) return void client.invalidateQueries({ queryKey: ['jobs'] });
        client.setQueryData<Job[]>(['jobs'], (old) => {
          const list = old ?? [];
          const at = list.findIndex((j) => j.id === job.data.id);
          // Events carry a summary without the request: keep the one the list already has.
          return at < 0
            ? [job.data, ...list]
            : list.map((j, i) =>
                i === at ? { ...job.data, request: job.data.request ?? j.request } : j,
              );
        });
      } catch {
        void client.invalidateQueries({ queryKey: ['jobs'] });
      }
    };
    source.onopen = () => {
      onLive(true);
      void client.invalidateQueries({ queryKey: ['jobs'] });
    };
    source.onerror = () => onLive(false);
    source.onmessage = (e) => apply(e.data as string);
    source.addEventListener('job', (e) => apply((e as MessageEvent).data as string));
    return () => source.close();
  }, [client, onLive, enabled]);
}
