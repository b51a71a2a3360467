import { z } from 'zod';
import { resolutionSchema } from './common';

/** The clip types `updates.value[].type` may name (edit-project, 1.6.x; export-template, 1.4.x). */
export const UPDATE_TYPES = [
  'aiModel',
  'shape',
  'image',
  'textImage',
  'videoImage',
  'audio',
  'background',
] as const;
export type UpdateType = (typeof UPDATE_TYPES)[number];

export const projectUpdateSchema = z.looseObject({
  sceneIdx: z.number().int().min(0),
  type: z.enum(UPDATE_TYPES),
  values: z.record(z.string(), z.unknown()),
});
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;

const options = {
  isExport: z.boolean().optional(),
  workspaceId: z.string().optional(),
  resolution: resolutionSchema.optional(),
  webhookUrl: z.string().optional(),
};

/**
 * `POST editor/project/{projectId}`. The 1.6.x reference nests the list (`updates.value[]`); the
 * 1.4.x "Template-based Export" sample sends it bare (`updates: [...]`). Both are accepted and
 * forwarded as sent.
 */
export const editProjectRequestSchema = z.union([
  z.looseObject({
    ...options,
    updates: z.looseObject({
      value: z.array(projectUpdateSchema).min(1),
      backgroundAudio: z.unknown().optional(),
    }),
  }),
  z.looseObject({ ...options, updates: z.array(projectUpdateSchema).min(1) }),
]);
export type EditProjectRequest = z.infer<typeof editProjectRequestSchema>;

export type UpdatesForm = '1.6.x' | '1.4.x';

/** The update list of either form. */
export const updatesOf = (request: EditProjectRequest): ProjectUpdate[] =>
  Array.isArray(request.updates) ? request.updates : request.updates.value;

/** A request body in the chosen form. */
export function editRequest(
  updates: ProjectUpdate[],
  form: UpdatesForm,
  extra: Partial<Record<keyof typeof options, unknown>> = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    updates: form === '1.6.x' ? { value: updates } : updates,
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) body[key] = value;
  return body;
}
