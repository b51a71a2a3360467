import { z } from 'zod';
import { ID_PATTERN } from '../limits';
import { resolutionSchema } from './common';

/** `POST /api/odin/v3/simple/video`: chroma-key avatar-only video. */
export const simpleVideoRequestSchema = z.looseObject({
  language: z.string().min(1),
  text: z.string().min(1),
  model: z.string().min(1),
  clothes: z.string().min(1),
  isExport: z.boolean().optional(),
  workspaceId: z.string().optional(),
  resolution: resolutionSchema.optional(),
  webhookUrl: z.string().optional(),
});

/** `POST /api/odin/v3/simple/custom`: a video with a custom avatar. */
export const simpleCustomRequestSchema = z.looseObject({
  language: z.string().min(1),
  text: z.string().min(1),
  model: z.string().min(1),
  isExport: z.boolean().optional(),
  workspaceId: z.string().optional(),
  resolution: resolutionSchema.optional(),
  webhookUrl: z.string().optional(),
});

export const exportProjectRequestSchema = z.looseObject({
  // It goes into upstream URL paths (progress, project): an id, never `.`, `..` or a slash.
  projectId: z.string().regex(ID_PATTERN, 'a project id: 1 to 64 letters, digits, "-" or "_"'),
  workspaceId: z.string().optional(),
  resolution: resolutionSchema.optional(),
  webhookUrl: z.string().optional(),
});

export const deleteProjectsRequestSchema = z.looseObject({
  ids: z.array(z.string().min(1)).min(1),
});

export const authTokenRequestSchema = z.object({
  appId: z.string().min(1),
  userKey: z.string().min(1),
});

export type SimpleVideoRequest = z.infer<typeof simpleVideoRequestSchema>;
export type SimpleCustomRequest = z.infer<typeof simpleCustomRequestSchema>;
