import { z } from 'zod';
import { clipSchema } from './clips';
import { orientationSchema, resolutionSchema } from './common';

export const scriptSchema = z.looseObject({
  org: z.string(),
  isTTS: z.boolean(),
  tts: z.union([z.record(z.string(), z.unknown()), z.null()]),
  modelId: z.string(),
  clothId: z.string(),
});

export const backgroundSchema = z.looseObject({
  id: z.string().optional(),
  type: z.string().optional(),
  source_type: z.string().optional(),
  source_url: z.string().optional(),
  source_color: z.string().optional(),
});

export const sceneSchema = z.looseObject({
  sceneIdx: z.number().int().nonnegative(),
  /** Optional: several vendor samples put the speech on the avatar clip (`script`) instead. */
  scripts: z.array(scriptSchema).optional(),
  background: backgroundSchema,
  clips: z.array(clipSchema),
  watermark: z.boolean().optional(),
  thumbnailUrl: z.string().nullable().optional(),
});

export const editorProjectRequestSchema = z.looseObject({
  name: z.string().optional(),
  orientation: orientationSchema.optional(),
  scenes: z.array(sceneSchema).min(1),
  isExport: z.boolean().optional(),
  workspaceId: z.string().optional(),
  resolution: resolutionSchema.optional(),
  webhookUrl: z.string().optional(),
});

export type Script = z.infer<typeof scriptSchema>;
export type Background = z.infer<typeof backgroundSchema>;
export type SceneRequest = z.infer<typeof sceneSchema>;
export type EditorProjectRequest = z.infer<typeof editorProjectRequestSchema>;
