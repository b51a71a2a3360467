import { z } from 'zod';

/**
 * The merge set-up of a project: editor-side data kept in the project document (never sent
 * upstream; `build` does not read it). Variables are written `{{name}}` in text clips, scripts, the
 * project name and the webhook URL; bindings replace a field with a column's value per row.
 */
export const variableDeclSchema = z.object({
  name: z.string().min(1),
  /** Used when the row has no such column or its cell is empty. */
  default: z.string().optional(),
  /** The column that fills it; the variable's own name when unset. */
  column: z.string().optional(),
});

/** A clip's media (image/audio `source_url`, video `video_url`) or, without clipId, the background. */
export const mediaBindingSchema = z.object({
  kind: z.literal('media'),
  column: z.string().min(1),
  sceneId: z.string(),
  clipId: z.string().optional(),
});

/** The avatar, its outfit or its voice, in every scene (or only `sceneId`). */
export const avatarBindingSchema = z.object({
  kind: z.enum(['avatar', 'outfit', 'voice']),
  column: z.string().min(1),
  sceneId: z.string().optional(),
});

export const bindingSchema = z.discriminatedUnion('kind', [
  mediaBindingSchema,
  avatarBindingSchema,
]);

export const mergeSpecSchema = z.object({
  variables: z.array(variableDeclSchema).default([]),
  bindings: z.array(bindingSchema).default([]),
});

export type MediaBinding = z.infer<typeof mediaBindingSchema>;
export type AvatarBinding = z.infer<typeof avatarBindingSchema>;
export type Binding = z.infer<typeof bindingSchema>;
export type MergeSpec = z.infer<typeof mergeSpecSchema>;

export const EMPTY_SPEC: MergeSpec = { variables: [], bindings: [] };

/** One data row: its number as people count it (first data row = 1) and its cells by column. */
export interface DataRow {
  number: number;
  values: Record<string, string>;
}

/** Column names compare without case and surrounding blanks ("First Name" = "first name "). */
export const columnKey = (name: string) => name.trim().toLowerCase();
