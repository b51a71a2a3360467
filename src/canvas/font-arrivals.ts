import { ClipText } from './clip-object';
import { remeasure } from './text-object';

const unquoted = (family: string) => family.replace(/["']/g, '').trim();

/**
 * Lays the stage's texts out again whenever a web font they name finishes loading. A text's own
 * wait (text-object's fontLoad) covers only the faces registered when it was made: the Latin and
 * Korean faces arrive separately, the Korean ones may be registered after the text was laid out,
 * and the canvas is never told that a face it drew a fallback for is here now.
 */
export function watchFontArrivals(
  fonts: FontFaceSet | undefined,
  objects: () => Iterable<unknown>,
  onRemeasured: () => void,
): () => void {
  if (!fonts) return () => undefined;
  const onLoaded = (event: Event) => {
    const loaded = (event as FontFaceSetLoadEvent).fontfaces ?? [];
    const families = new Set(loaded.map((face) => unquoted(face.family)));
    let any = false;
    for (const obj of objects()) {
      if (!(obj instanceof ClipText)) continue;
      if (!obj.fontFamily.split(',').some((name) => families.has(unquoted(name)))) continue;
      remeasure(obj);
      any = true;
    }
    if (any) onRemeasured();
  };
  fonts.addEventListener('loadingdone', onLoaded);
  return () => fonts.removeEventListener('loadingdone', onLoaded);
}
