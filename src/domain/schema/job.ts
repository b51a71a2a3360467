import { z } from 'zod';

export const JOB_KINDS = ['project', 'custom', 'chromakey', 'edit'] as const;
/**
 * `submitting`: written before AI Studios is called; `queued`: AI Studios accepted the export;
 * `stalled`: no progress for the server's stall deadline; `unknown`: the answer was lost (timeout,
 * reset, crash) and the server is finding out what AI Studios did. Nothing is resent by itself.
 */
export const JOB_STATUSES = [
  'submitting',
  'queued',
  'rendering',
  'done',
  'failed',
  'stalled',
  'unknown',
  'saved',
] as const;

/** Epoch milliseconds. */
const timestamp = z.number();

/** An export the server records and follows; what `GET /api/jobs` returns. */
export const jobSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  kind: z.enum(JOB_KINDS),
  name: z.string().nullish(),
  status: z.enum(JOB_STATUSES),
  progress: z.number().nullish(),
  projectId: z.string().nullish(),
  taskId: z.string().nullish(),
  downloadUrl: z.string().nullish(),
  credit: z.number().nullish(),
  error: z.string().nullish(),
  createdAt: timestamp,
  updatedAt: timestamp,
  lastProgressAt: timestamp.nullish(),
  attempts: z.number().optional(),
  request: z.unknown().optional(),
});

export type Job = z.infer<typeof jobSchema>;
export type JobStatus = Job['status'];
