import { useTranslation } from 'react-i18next';
import { useContext, useEffect, useRef } from 'react';
import { mountCanvas } from '../../canvas/mount-canvas';
import { isEstimatedAvatar } from '../../domain/avatar-catalog';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectActiveScene } from '../../store/selectors';
import { StageContext } from './stage-context';

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
  const { setHandle } = useContext(StageContext);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const handle = mountCanvas(ref.current, { store: editor.store, commands: editor.commands });
    setHandle(handle);
    return () => {
      setHandle(null);
      handle.dispose();
    };
  }, [editor, setHandle]);
  return (
    <div className="stage-host" data-testid="stage">
      <div className="stage-el" ref={ref} />
      <EstimateBadge />
    </div>
  );
}
