import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { measureTextHeight } from '../../canvas/measure-text';
import { orientationOf, stageSizeOf } from '../../domain/project';
import { STAGE_SIZE, type Orientation } from '../../domain/schema/common';
import { useEditor, useEditorState } from '../../store/editor-context';
import { Dialog } from '../common/Dialog';
import { issueText } from '../common/issue-text';
import { ScenePreview } from './ScenePreview';

const label = (o: Orientation) => i18next.t(`preview.orientation.${o}`);

/**
 * Switching orientation: the project laid out for the other frame, side by side with how it is,
 * before anything changes. "Reflow" applies it as one undo step; "Switch only" keeps every clip
 * where it is.
 */
export function ReflowDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const project = useEditorState((s) => s.project);
  const activeSceneId = useEditorState((s) => s.activeSceneId);
  const from = orientationOf(project);
  const to: Orientation = from === 'landscape' ? 'portrait' : 'landscape';
  const result = useMemo(
    () => commands.reflow.preview(to, measureTextHeight),
    [commands, to, project], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      project.scenes.findIndex((s) => s.id === activeSceneId),
    ),
  );
  const before = project.scenes[index];
  const after = result.project.scenes[index];

  return (
    <Dialog title={t('preview.switchOrientation')} onClose={onClose} wide>
      <p>{t('preview.reflowIntro', { to: label(to) })}</p>
      {project.scenes.length > 1 && (
        <p>
          <button disabled={index === 0} onClick={() => setIndex(index - 1)}>
            {t('preview.previousScene')}
          </button>{' '}
          {t('preview.sceneOf', { scene: index + 1, count: project.scenes.length })}{' '}
          <button disabled={index >= project.scenes.length - 1} onClick={() => setIndex(index + 1)}>
            {t('preview.nextScene')}
          </button>
        </p>
      )}
      <div className="reflow-previews">
        <figure>
          {before && (
            <ScenePreview
              scene={before}
              stage={stageSizeOf(project)}
              box={420}
              label={t('preview.before')}
            />
          )}
          <figcaption>{t('preview.now', { orientation: label(from) })}</figcaption>
        </figure>
        <figure>
          {after && (
            <ScenePreview
              scene={after}
              stage={STAGE_SIZE[to]}
              box={420}
              label={t('preview.after')}
            />
          )}
          <figcaption>{t('preview.afterReflow', { orientation: label(to) })}</figcaption>
        </figure>
      </div>
      {result.newIssues.length > 0 && (
        <ul className="error-text" aria-label={t('preview.reflowWarnings')}>
          {result.newIssues.map((i) => (
            <li key={`${i.code}|${i.sceneIndex ?? ''}|${i.clipId ?? ''}`}>{issueText(i)}</li>
          ))}
        </ul>
      )}
      <p>
        <button
          className="primary"
          onClick={() => {
            commands.reflow.apply(to, measureTextHeight);
            onClose();
          }}
        >
          {t('preview.reflowTo', { orientation: label(to) })}
        </button>{' '}
        <button
          onClick={() => {
            commands.scenes.setOrientation(to);
            onClose();
          }}
        >
          {t('preview.switchOnlyClipsStayWhere')}
        </button>{' '}
        <button onClick={onClose}>{t('preview.cancel')}</button>
      </p>
      <p className="hint">{t('preview.eitherWayOneUndoCtrl')}</p>
    </Dialog>
  );
}
