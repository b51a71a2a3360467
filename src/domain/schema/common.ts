import { z } from 'zod';

export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export const RESOLUTIONS = ['4k', '1080', '720', '480'] as const;
export const CLIP_TYPES = [
  'aiModel',
  'image',
  'textImage',
  'shape',
  'videoImage',
  'audio',
] as const;

export const SHAPE_NAMES = [
  'Line_v2',
  'Arrow_1_v2',
  'Arrow_2_v2',
  'Circle',
  'Triangle',
  'Square',
  'Parallelogram',
  'Drop_1',
  'Polygon',
  'Pentagon',
  'Oval_1',
  'Oval_2',
  'Hexagon_1',
  'Hexagon_2',
  'Diamond',
  'Star',
  'Rectangle_corner0',
] as const;

export const ANIMATION_TYPES = [
  'fade-in',
  'fade-out',
  'in-right',
  'in-down',
  'in-left',
  'in-up',
  'out-right',
  'out-down',
  'out-left',
  'out-up',
  'zoom-in',
  'zoom-out',
] as const;

export const orientationSchema = z.enum(ORIENTATIONS);
export const resolutionSchema = z.enum(RESOLUTIONS);
export const shapeNameSchema = z.enum(SHAPE_NAMES);
export const animationTypeSchema = z.enum(ANIMATION_TYPES);

export type Orientation = z.infer<typeof orientationSchema>;
export type Resolution = z.infer<typeof resolutionSchema>;
export type ShapeName = z.infer<typeof shapeNameSchema>;

/** Ranges are checked by preflight, not here, so that imports with odd values still open. */
export const shadowSchema = z.looseObject({
  color: z.string().optional(),
  blur: z.number().optional(),
  offsetX: z.number().optional(),
  offsetY: z.number().optional(),
  enabled: z.boolean().optional(),
});

export const animationSchema = z.looseObject({
  type: animationTypeSchema,
  duration: z.number(),
  delay: z.number(),
});

export type Shadow = z.infer<typeof shadowSchema>;
export type Animation = z.infer<typeof animationSchema>;

export const STAGE_SIZE: Record<Orientation, { width: number; height: number }> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};

export const RANGES = {
  opacity: { min: 1, max: 100 },
  volume: { min: 1, max: 100 },
  animationDuration: { min: 1, max: 30 },
  animationDelay: { min: 0, max: 30 },
  shadowBlur: { min: 0, max: 10 },
  shadowOffset: { min: 0.1, max: 10 },
} as const;
