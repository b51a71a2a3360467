import { z } from 'zod';

/** The upstream's envelope: every answer of the v3 API and of our server has this shape. */
export const errorEnvelopeSchema = z.object({
  success: z.literal(false),
  error: z.looseObject({ code: z.union([z.string(), z.number()]), msg: z.string() }),
});

export const envelopeSchema = <T extends z.ZodType>(data: T) =>
  z.union([z.object({ success: z.literal(true), data }), errorEnvelopeSchema]);

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
export type Envelope<T> = { success: true; data: T } | ErrorEnvelope;

export const ok = <T>(data: T): Envelope<T> => ({ success: true, data });
export const fail = (
  code: string | number,
  msg: string,
  extra?: Record<string, unknown>,
): ErrorEnvelope => ({
  success: false,
  error: { code, msg, ...extra },
});

export const progressDataSchema = z.looseObject({
  progress: z.number(),
  downloadUrl: z.string().optional().nullable(),
  state: z.string().optional(),
});

/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export const projectIdDataSchema = z.looseObject({
  projectId: z.string(),
  taskId: z.string().optional(),
});

export const workspaceSchema = z.looseObject({
  workspaceId: z.string(),
  workspaceName: z.string(),
});

/** Webhook body per the v3 docs: `download_url` and `credit` only at 100. */
export const webhookPayloadSchema = z.looseObject({
  progress: z.number(),
  credit: z.number().optional(),
  backendTaskId: z.string().optional(),
  download_url: z.string().optional(),
});

/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export type ProgressData = z.infer<typeof progressDataSchema>;
export type Workspace = z.infer<typeof workspaceSchema>;
/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** A TTS voice offered by the server; `tts` is sent as-is since its format is not public. */
export const voiceSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  language: z.string(),
  tts: z.record(z.string(), z.unknown()),
});
export type Voice = z.infer<typeof voiceSchema>;
