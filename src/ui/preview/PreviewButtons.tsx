import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { orientationOf } from '../../domain/project';
import { useEditor, useEditorState } from '../../store/editor-context';
import { ReflowDialog } from './ReflowDialog';

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
      {reflowing && <ReflowDialog onClose={() => setReflowing(false)} />}
    </>
  );
}
