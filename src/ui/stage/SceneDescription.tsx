import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '../../store/editor-context';
import { selectActiveSceneIndex, selectLayerList } from '../../store/selectors';
import { spokenClipName } from '../layers/clip-label';

const describe = (t: TFunction, scene: number, scenes: number, clips: string[]) =>
  t('stage.describe', {
    scene,
    scenes,
    clips: t('stage.clipCount', { count: clips.length }),
    list: clips.join('; ') || t('stage.none'),
  });

/** What a screen reader hears of the scene: its place and its clips in layer order. */
export function SceneDescription({ id }: { id: string }) {
  const { t } = useTranslation(); // a new `t` on a language switch
  const place = useEditorState(selectActiveSceneIndex) + 1;
  const scenes = useEditorState((s) => s.project.scenes.length);
  const layers = useEditorState(selectLayerList); // the same array while the clips are the same
  // Built when the scene's clips change, not in a selector that every store change (each
  // keystroke in the script box) would run over every clip.
  const text = useMemo(
    () => describe(t, place, scenes, layers.map(spokenClipName)),
    [t, place, scenes, layers],
  );
  return (
    <p id={id} className="visually-hidden">
      {text}
    </p>
  );
}
