import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { mountCanvas } from '../../canvas/mount-canvas';
import { isEstimatedAvatar } from '../../domain/avatar-catalog';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectActiveScene } from '../../store/selectors';
import { STAGE_FOCUS_ATTR } from '../keyboard/shortcuts';
import { useServices } from '../services';
import { SceneDescription } from './SceneDescription';
import { useStageHolder } from './stage-context';

const TEXT = {
  get label() {
    return i18next.t('stage.label');
  },
  get roleDescription() {
    return i18next.t('stage.roleDescription');
  },
};

/** Says on the stage when the scene's avatar is drawn at an estimated size. */
function EstimateBadge() {
  const { t } = useTranslation();
  const model = useEditorState((s) => {
    const avatar = selectActiveScene(s)?.clips.find((c) => c.type === 'aiModel');
    return avatar?.type === 'aiModel' && !avatar.voiceOnly ? avatar.model : undefined;
  });
  if (!model || !isEstimatedAvatar(model)) return null;
  return (
    <p className="stage-badge" role="note" aria-label={t('stage.avatarSizeEstimate')}>
      {t('stage.estimateBadge', { model: model.ai_name, outfit: model.emotion })}
    </p>
  );
}

export function Stage() {
  const editor = useEditor();
  const holder = useStageHolder();
  const { images } = useServices();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const handle = mountCanvas(ref.current, {
      store: editor.store,
      commands: editor.commands,
      images,
    });
    holder.set(handle);
    return () => {
      holder.set(null);
      handle.dispose();
    };
  }, [editor, holder, images]);
  return (
    <div
      className="stage-host"
      data-testid="stage"
      tabIndex={0}
      role="application"
      aria-roledescription={TEXT.roleDescription}
      aria-label={TEXT.label}
      aria-describedby="stage-description"
      {...{ [STAGE_FOCUS_ATTR]: '' }}
    >
      <SceneDescription id="stage-description" />
      <div className="stage-el" ref={ref} />
      <EstimateBadge />
    </div>
  );
}
