import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '../../store/editor-context';
import { selectActiveSceneIndex, selectLayerList } from '../../store/selectors';
import { spokenClipName } from '../layers/clip-label';
import { useAvatarNamesVersion } from '../avatars/avatar-names';

/** Clips named one by one, top first; the rest are counted (a scene may hold thousands). */
const NAMED = 30;

const describe = (t: TFunction, scene: number, scenes: number, count: number, list: string) =>
  t('stage.describe', {
    scene,
    scenes,
    clips: t('stage.clipCount', { count }),
    list: list || t('stage.none'),
  });

/** What a screen reader hears of the scene: its place and its clips in layer order. */
export function SceneDescription({ id }: { id: string }) {
  const { t } = useTranslation(); // a new `t` on a language switch
  useAvatarNamesVersion(); // avatars are named once the catalog has loaded
  const place = useEditorState(selectActiveSceneIndex) + 1;
  const scenes = useEditorState((s) => s.project.scenes.length);
  const layers = useEditorState(selectLayerList); // the same array while the clips are the same
  // Said again when the clips' names or order change, not in a selector that every store change
  // (each keystroke in the script box) would run over every clip, nor for a move or a resize.
  const named = layers.slice(0, NAMED).map(spokenClipName);
  if (layers.length > NAMED) named.push(t('stage.andMore', { count: layers.length - NAMED }));
  const list = named.join('; ');
  const text = useMemo(
    () => describe(t, place, scenes, layers.length, list),
    [t, place, scenes, layers.length, list],
  );
  return (
    <p id={id} className="visually-hidden">
      {text}
    </p>
  );
}
