import { z } from 'zod';
import { animationSchema, CLIP_TYPES, shadowSchema, shapeNameSchema } from './common';

/** Fields every clip carries. Unknown fields (Fabric lock flags, `name`, ...) are kept as-is. */
const placed = {
  id: z.string().min(1),
  left: z.number(),
  top: z.number(),
  width: z.number(),
  height: z.number(),
  scaleX: z.number().optional(),
  scaleY: z.number().optional(),
  layer: z.number(),
  tag: z.string().optional(),
  name: z.string().optional(),
  angle: z.number().optional(),
  opacity: z.number().optional(),
  fill: z.string().optional(),
};

const sizeSchema = z.looseObject({ width: z.number(), height: z.number() });

export const avatarEditorSchema = z.looseObject({
  headCenterX: z.number().optional(),
  headCenterY: z.number().optional(),
  headWidth: z.number().optional(),
  headHeight: z.number().optional(),
  modelTightX: z.number().optional(),
  modelTightY: z.number().optional(),
  modelTightW: z.number().optional(),
  modelTightH: z.number().optional(),
  modelOriginW: z.number().optional(),
  modelOriginH: z.number().optional(),
});

export const avatarModelSchema = z.looseObject({
  ai_name: z.string().min(1),
  emotion: z.string().min(1),
  language: z.string().optional(),
  source_url: z.string().optional(),
  maskFile: z.string().optional(),
  origin: sizeSchema.optional(),
  editor: avatarEditorSchema.optional(),
  editorValue: avatarEditorSchema.optional(),
  deploySize: z
    .looseObject({
      org_width: z.number(),
      org_height: z.number(),
      edit_width: z.number(),
      edit_height: z.number(),
    })
    .optional(),
  deployImage: z
    .looseObject({
      themb_src: z.string().optional(),
      org_src: z.string().optional(),
      edit_src: z.string().optional(),
    })
    .optional(),
});

export const aiModelClipSchema = z.looseObject({
  ...placed,
  type: z.literal('aiModel'),
  model: avatarModelSchema,
  effects: z.array(z.looseObject({ type: z.string() })).optional(),
  headOnly: z.unknown().optional(),
  voiceOnly: z.boolean().optional(),
  isDelete: z.boolean().optional(),
  script: z.looseObject({ org: z.string().optional(), tts: z.unknown().optional() }).optional(),
});

export const imageClipSchema = z.looseObject({
  ...placed,
  type: z.literal('image'),
  source_url: z.string(),
  animation: animationSchema.optional(),
});

export const textClipSchema = z.looseObject({
  ...placed,
  type: z.literal('textImage'),
  text: z.string(),
  fill: z.string(),
  fontSize: z.number(),
  fontFamily: z.string().optional(),
  align: z.string().optional(),
  fontWeight: z.union([z.number(), z.string()]).optional(),
  fontStyle: z.string().optional(),
  underline: z.boolean().optional(),
  backgroundColor: z.string().optional(),
  stroke: z.string().optional(),
  strokeWidth: z.number().optional(),
  shadow: shadowSchema.optional(),
  animation: animationSchema.optional(),
});

export const shapeClipSchema = z.looseObject({
  ...placed,
  type: z.literal('shape'),
  shapeName: shapeNameSchema,
  fill: z.string(),
  stroke: z.string().optional(),
  strokeWidth: z.number().optional(),
  strokeRadius: z.number().optional(),
  shadow: shadowSchema.optional(),
  animation: animationSchema.optional(),
});

export const videoClipSchema = z.looseObject({
  ...placed,
  type: z.literal('videoImage'),
  video_url: z.string(),
  source_url: z.string().optional(),
  volume: z.number().optional(),
});

/** Audio has no stage box; the common table still lists geometry, so it is accepted when given. */
export const audioClipSchema = z.looseObject({
  ...placed,
  left: z.number().optional(),
  top: z.number().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  layer: z.number().optional(),
  type: z.literal('audio'),
  source_url: z.string(),
  label: z.string(),
  volume: z.number().optional(),
});

export const knownClipSchema = z.discriminatedUnion('type', [
  aiModelClipSchema,
  imageClipSchema,
  textClipSchema,
  shapeClipSchema,
  videoClipSchema,
  audioClipSchema,
]);

const KNOWN_TYPES: ReadonlySet<string> = new Set(CLIP_TYPES);
export const isKnownClipType = (type: unknown): boolean =>
  typeof type === 'string' && KNOWN_TYPES.has(type);

/**
 * A clip of a type Scenewright does not know: kept and sent back unchanged, shown as a labelled
 * box. It must carry the fields the docs require of every clip. Its `type` is typed `never` so that
 * narrowing on a known type (`clip.type === 'image'`) excludes it; read it with `opaqueTypeOf`.
 */
export const opaqueClipSchema = z.looseObject({
  ...placed,
  type: z.custom<never>(
    (value) => typeof value === 'string' && value !== '' && !isKnownClipType(value),
    { message: `Expected a clip type (${CLIP_TYPES.join(', ')}, or another name)` },
  ),
});

/** Known clips first: a known type that fails its own schema is reported by that schema. */
export const clipSchema = z.union([knownClipSchema, opaqueClipSchema]);

export type AvatarModel = z.infer<typeof avatarModelSchema>;
export type AiModelClip = z.infer<typeof aiModelClipSchema>;
export type ImageClip = z.infer<typeof imageClipSchema>;
export type TextClip = z.infer<typeof textClipSchema>;
export type ShapeClip = z.infer<typeof shapeClipSchema>;
export type VideoClip = z.infer<typeof videoClipSchema>;
export type AudioClip = z.infer<typeof audioClipSchema>;
export type KnownClip = z.infer<typeof knownClipSchema>;
export type OpaqueClip = z.infer<typeof opaqueClipSchema>;
export type Clip = KnownClip | OpaqueClip;
export type VisualClip = Exclude<Clip, AudioClip>;

export const isOpaqueClip = (clip: Clip): clip is OpaqueClip => !isKnownClipType(clip.type);
/** The type name as the request carries it, for any clip (opaque ones included). */
export const clipTypeOf = (clip: Clip): string => clip.type as string;
