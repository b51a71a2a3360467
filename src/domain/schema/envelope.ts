import { z } from 'zod';
import { avatarModelSchema } from './clips';

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

export const projectIdDataSchema = z.looseObject({
  projectId: z.string(),
  taskId: z.string().optional(),
});

export const catalogModelSchema = z.looseObject({
  id: z.string(),
  label: z.union([z.string(), z.record(z.string(), z.string())]),
  avatarType: z.string().optional(),
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

export type ProgressData = z.infer<typeof progressDataSchema>;
export type CatalogModel = z.infer<typeof catalogModelSchema>;
export type Workspace = z.infer<typeof workspaceSchema>;
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/**
 * One outfit of a catalog avatar. The real `dropdown/models` gives ids and labels only; the
 * simulator (and the local avatar library) also give the full `model` object an aiModel clip needs.
 */
export const catalogClothSchema = z.looseObject({
  id: z.string(),
  label: z.string().optional(),
  thumbnail: z.string().optional(),
  model: z.lazy(() => avatarModelSchema).optional(),
  width: z.number().optional(),
  height: z.number().optional(),
});
export const catalogAvatarSchema = catalogModelSchema.extend({
  language: z.string().optional(),
  thumbnail: z.string().optional(),
  clothes: z.array(catalogClothSchema).optional(),
});
export type CatalogCloth = z.infer<typeof catalogClothSchema>;
export type CatalogAvatar = z.infer<typeof catalogAvatarSchema>;

/** A TTS voice offered by the server; `tts` is sent as-is since its format is not public. */
export const voiceSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  language: z.string(),
  tts: z.record(z.string(), z.unknown()),
});
export type Voice = z.infer<typeof voiceSchema>;
