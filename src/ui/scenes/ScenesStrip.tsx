import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { memo } from 'react';
import { formatSeconds } from '../../domain/speech';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectOrientation } from '../../store/selectors';
import { selectSceneCard, selectSceneIds, selectSpokenTotal } from './scene-card-state';
import { SortableList, useSortableItem } from '../common/Sortable';
import { LiveFrame } from './LiveFrame';
import { useSceneThumbnails, type LiveFrames } from './use-scene-thumbnails';
import { PreviewButtons } from '../preview/PreviewButtons';
import { useKeepFocus } from '../common/use-keep-focus';

const TEXT = {
  scene: (n: number) => i18next.t('scenes.scene', { n }),
  get strip() {
    return i18next.t('scenes.strip');
  },
  get duration() {
    return i18next.t('scenes.duration');
  },
};

// Memoised, and reading its scene through plain values (not the scene object): an edit on a
// 100-clip scene re-renders its card only when what the card shows (colour, duration, thumbnail)
// changes, and the strip not at all.
const SceneCard = memo(function SceneCard({
  sceneId,
  index,
  active,
  portrait,
  thumb,
  live,
  watch,
}: {
  sceneId: string;
  index: number;
  active: boolean;
  portrait: boolean;
  thumb: string | undefined;
  live: LiveFrames | undefined;
  watch: (el: HTMLElement | null, sceneId: string) => void;
}) {
  useTranslation(); // a memoised card still re-renders on a language switch
  const { commands } = useEditor();
  const { color, seconds } = useEditorState(selectSceneCard(sceneId));
  const { item, handle, isDragging } = useSortableItem(sceneId);
  const { onKeyDown: sortKeys, ...handleProps } = handle as typeof handle & {
    onKeyDown?: (e: React.KeyboardEvent) => void;
  };
  return (
    <div
      {...item}
      {...handleProps}
      ref={(el) => {
        item.ref(el);
        handle.ref(el);
        watch(el, sceneId);
      }}
      aria-label={TEXT.scene(index + 1)}
      aria-current={active}
      data-scene-id={sceneId}
      className={[
        'scene-card',
        active ? 'active' : '',
        portrait ? 'portrait' : '',
        isDragging ? 'sortable-dragging' : '',
      ].join(' ')}
      onClick={() => commands.scenes.activate(sceneId)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commands.scenes.activate(sceneId);
        else sortKeys?.(e);
      }}
    >
      <div className="thumb-box">
        {thumb ? (
          // Decoded with the frame that shows it: a scene just left never flashes its colour.
          <img src={thumb} alt="" draggable={false} decoding="sync" />
        ) : (
          <div className="thumb" style={{ background: color }} />
        )}
        {active && live && <LiveFrame sceneId={sceneId} live={live} />}
      </div>
      <div className="meta">
        <strong>{index + 1}</strong>
        <span title={TEXT.duration}>{formatSeconds(seconds)}</span>
      </div>
    </div>
  );
});

/** Where focus goes when "Delete scene" turns disabled under it: the scene now shown. */
const activeCardIn = (strip: HTMLElement) =>
  strip.querySelector<HTMLElement>('.scene-card[aria-current="true"]');

export function ScenesStrip() {
  const { t } = useTranslation();
  const keepFocus = useKeepFocus(activeCardIn);
  const { commands } = useEditor();
  const ids = useEditorState(selectSceneIds);
  const spokenTotal = useEditorState(selectSpokenTotal);
  const activeId = useEditorState((s) => s.activeSceneId);
  const portrait = useEditorState(selectOrientation) === 'portrait';
  const { thumbs, live, watch } = useSceneThumbnails();

  return (
    <nav className="bottom" aria-label={TEXT.strip} ref={keepFocus}>
      <div className="scenes">
        <SortableList
          ids={ids}
          nameOf={(id) => TEXT.scene(ids.indexOf(id) + 1)}
          onMove={(id, to) => commands.scenes.move(id, to)}
          direction="horizontal"
        >
          {ids.map((id, index) => (
            <SceneCard
              key={id}
              sceneId={id}
              index={index}
              active={id === activeId}
              portrait={portrait}
              thumb={thumbs[id]}
              live={id === activeId ? live : undefined}
              watch={watch}
            />
          ))}
        </SortableList>
        <div className="scene-actions">
          <button onClick={commands.scenes.add}>{t('scenes.scene2')}</button>
          <button onClick={() => commands.scenes.duplicate()}>{t('scenes.duplicate')}</button>
          <button
            className="danger"
            disabled={ids.length <= 1}
            onClick={() => commands.scenes.remove()}
          >
            {t('scenes.deleteScene')}
          </button>
        </div>
        <div className="scene-actions hint">
          {/* A scene without words still lasts its minimum, but "≈ 0:01" for nothing said misleads. */}
          {spokenTotal !== null
            ? t('scenes.total', { duration: formatSeconds(spokenTotal) })
            : t('scenes.noScriptYet')}
        </div>
        <PreviewButtons />
      </div>
    </nav>
  );
}
