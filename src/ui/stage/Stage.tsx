import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { mountCanvas } from '../../canvas/mount-canvas';
import { isEstimatedAvatar } from '../../domain/avatar-catalog';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectActiveScene, selectActiveSceneIndex, selectLayerList } from '../../store/selectors';
import { spokenClipName } from '../layers/clip-label';
import { STAGE_FOCUS_ATTR } from '../keyboard/shortcuts';
import { useServices } from '../services';
import { useStageHolder } from './stage-context';

const TEXT = {
  get label() {
    return i18next.t('stage.label');
  },
  get roleDescription() {
    return i18next.t('stage.roleDescription');
  },
  describe: (scene: number, scenes: number, clips: string[]) =>
    i18next.t('stage.describe', {
      scene,
      scenes,
      clips: i18next.t('stage.clipCount', { count: clips.length }),
      list: clips.join('; ') || i18next.t('stage.none'),
    }),
};

/** What a screen reader hears of the scene: its place and its clips in layer order. */
function SceneDescription({ id }: { id: string }) {
  useTranslation(); // re-renders on a language switch: TEXT reads the catalog when called
  const text = useEditorState((s) =>
    TEXT.describe(
      selectActiveSceneIndex(s) + 1,
      s.project.scenes.length,
      selectLayerList(s).map(spokenClipName),
    ),
  );
  return (
    <p id={id} className="visually-hidden">
      {text}
    </p>
  );
}

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
