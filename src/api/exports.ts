import { z } from 'zod';
import type { EditorProjectRequest } from '../domain/schema/request';
import type { SimpleCustomRequest, SimpleVideoRequest } from '../domain/schema/simple';
import { call } from './client';

const created = z.looseObject({
  projectId: z.string(),
  taskId: z.string().optional(),
  jobId: z.union([z.string(), z.number()]).transform(String).optional(),
});

/** With an Idempotency-Key, a repeat of a send makes no second render (409 naming the first job). */
const keyed = (key: string | undefined) => (key ? { headers: { 'idempotency-key': key } } : {});

/** The three export flows, each through our server's pass-through of the upstream path. */
export const exportProject = (request: EditorProjectRequest, key?: string) =>
  call('/api/odin/v3/editor/project', created, { body: request, ...keyed(key) });
export const exportCustom = (request: SimpleCustomRequest, key?: string) =>
  call('/api/odin/v3/simple/custom', created, { body: request, ...keyed(key) });
export const exportChromaKey = (request: SimpleVideoRequest, key?: string, signal?: AbortSignal) =>
  call('/api/odin/v3/simple/video', created, { body: request, signal, ...keyed(key) });
