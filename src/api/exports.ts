import { z } from 'zod';
import type { EditorProjectRequest } from '../domain/schema/request';
import type { SimpleCustomRequest, SimpleVideoRequest } from '../domain/schema/simple';
import { call } from './client';

const created = z.looseObject({
  projectId: z.string(),
  taskId: z.string().optional(),
  jobId: z.union([z.string(), z.number()]).transform(String).optional(),
});

/** The three export flows, each through our server's pass-through of the upstream path. */
export const exportProject = (request: EditorProjectRequest) =>
  call('/api/odin/v3/editor/project', created, { body: request });
export const exportCustom = (request: SimpleCustomRequest) =>
  call('/api/odin/v3/simple/custom', created, { body: request });
/** With `idempotencyKey`, a repeat of this send makes no second render (409 naming the first job). */
export const exportChromaKey = (
  request: SimpleVideoRequest,
  idempotencyKey?: string,
  signal?: AbortSignal,
) =>
  call('/api/odin/v3/simple/video', created, {
    body: request,
    signal,
    ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
  });
