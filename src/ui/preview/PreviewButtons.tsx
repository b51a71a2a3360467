import { useTranslation } from 'react-i18next';
import { lazy, Suspense, useState } from 'react';
import { orientationOf } from '../../domain/project';
import { useEditor, useEditorState } from '../../store/editor-context';

// Its own chunk (the toolbar's dialog table loads the same module lazily): a static import here
// would pull it into the first load and make that lazy import do nothing.
const ReflowDialog = lazy(() =>
  import('./ReflowDialog').then((m) => ({ default: m.ReflowDialog })),
);

/**
 * Beside the scenes' timing: preview the whole project or the active scene, and the one-click
 * reflow to the other orientation.
 */
export function PreviewButtons() {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const activeSceneId = useEditorState((s) => s.activeSceneId);
  const other =
    useEditorState((s) => orientationOf(s.project)) === 'landscape' ? 'portrait' : 'landscape';
  const [reflowing, setReflowing] = useState(false);
  return (
    <>
      <div className="scene-actions">
        <button
          className="primary"
          onClick={() => commands.playback.open()}
          title={t('preview.playTheWholeProjectWith')}
        >
          {t('preview.preview2')}
        </button>
        <button
          onClick={() => commands.playback.open(activeSceneId)}
          title={t('preview.playThisSceneOnly')}
        >
          {t('preview.thisScene')}
        </button>
      </div>
      <div className="scene-actions">
        <button onClick={() => setReflowing(true)} title={t('preview.layEverySceneOutFor')}>
          {t('preview.reflowToShort', { orientation: t(`preview.orientationWord.${other}`) })}
        </button>
      </div>
      {reflowing && (
        <Suspense fallback={null}>
          <ReflowDialog onClose={() => setReflowing(false)} />
        </Suspense>
      )}
    </>
  );
}
