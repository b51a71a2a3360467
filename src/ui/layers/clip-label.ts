import { clipTypeOf, isOpaqueClip, type Clip, type KnownClip } from '../../domain/schema/clips';

const KIND: Record<KnownClip['type'], string> = {
  aiModel: 'Avatar',
  image: 'Image',
  textImage: 'Text',
  shape: 'Shape',
  videoImage: 'Video',
  audio: 'Audio',
};

/** Known kinds by name; a clip of another type shows its own type name. */
export const clipKind = (clip: Clip): string =>
  isOpaqueClip(clip) ? clipTypeOf(clip) : KIND[clip.type as KnownClip['type']];

/** `textLength`: how much of a text clip's words name it (the Layers row is narrow, speech is not). */
export function clipLabel(clip: Clip, textLength = 24): string {
  if (clip.tag) return clip.tag;
  if (isOpaqueClip(clip)) return `${clipTypeOf(clip)} (kept as is)`;
  if (clip.type === 'textImage') return clip.text.slice(0, textLength).trim() || 'Text';
  if (clip.type === 'shape') return clip.shapeName;
  if (clip.type === 'aiModel') return `${clip.model.ai_name} · ${clip.model.emotion}`;
  return clipKind(clip);
}
