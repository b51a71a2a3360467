import i18next from 'i18next';
import { avatarNames } from '../avatars/avatar-names';
import { clipTypeOf, isOpaqueClip, type Clip, type KnownClip } from '../../domain/schema/clips';

const kind = (type: KnownClip['type']) => i18next.t(`clip.kind.${type}`);

/** A shape's name in the UI's language ("Star", 별); a name from a newer catalog as sent. */
export const shapeLabel = (name: string): string =>
  i18next.t(`shape.${name}`, { defaultValue: name.replace(/_v2$/, '').replace(/_/g, ' ') });

/** Known kinds by name; a clip of another type shows its own type name. */
export const clipKind = (clip: Clip): string =>
  isOpaqueClip(clip) ? clipTypeOf(clip) : kind(clip.type as KnownClip['type']);

/** `textLength`: how much of a text clip's words name it (the Layers row is narrow, speech is not). */
export function clipLabel(clip: Clip, textLength = 24): string {
  if (clip.tag) return clip.tag;
  if (isOpaqueClip(clip)) return i18next.t('clip.keptAsIs', { type: clipTypeOf(clip) });
  if (clip.type === 'textImage') return clip.text.slice(0, textLength).trim() || kind('textImage');
  if (clip.type === 'shape') return shapeLabel(clip.shapeName);
  if (clip.type === 'aiModel')
    return avatarNames.nameOf(clip.model) ?? `${clip.model.ai_name} · ${clip.model.emotion}`;
  return clipKind(clip);
}

const spoken = new WeakMap<Clip, { language: string; names: number; name: string }>();

/**
 * How a screen reader names a clip ("Shape 'Star'"), kept per clip object, language and avatar names: the
 * stage's description names every clip of the scene, and an edit changes one of them.
 */
export function spokenClipName(clip: Clip): string {
  const hit = spoken.get(clip);
  const names = avatarNames.version();
  if (hit?.language === i18next.language && hit.names === names) return hit.name;
  const name = `${clipKind(clip)} '${clipLabel(clip, 80)}'`;
  spoken.set(clip, { language: i18next.language, names, name });
  return name;
}
