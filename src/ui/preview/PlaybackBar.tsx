import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { cueAt, projectCues } from '../../domain/captions';
import { useEditor, useEditorState } from '../../store/editor-context';
import { useStageHandle } from '../stage/stage-context';
import { CaptionLine } from './CaptionLine';
import { formatPreviewTime } from './format-time';
import { usePlaybackClock } from './use-playback-clock';
import { usePreviewMedia } from './use-preview-media';
import { usePreviewSpeech } from './use-preview-speech';

/**
 * The preview's timeline under the stage: play/pause (Space), scene boundaries, a scrubber, the
 * time and the total. Shown while the preview is open; the stage follows the playback time.
 */
export function PlaybackBar() {
  const { commands } = useEditor();
  // Closed, it reads nothing of the document: an edit or an undo does not re-render it.
  const open = useStore(commands.playback.store, (s) => s.open);
  return open ? <OpenPlaybackBar /> : null;
}

function OpenPlaybackBar() {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const playback = commands.playback;
  const { playing, time, onlySceneId } = useStore(playback.store);
  const project = useEditorState((s) => s.project);
  const activeSceneId = useEditorState((s) => s.activeSceneId);
  const stage = useStageHandle();
  // The timeline follows the document and the chosen scope.
  const timeline = useMemo(
    () => playback.timeline(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when its inputs change
    [playback, project, onlySceneId],
  );
  // Cues on the preview's own timeline (one scene starts at 0).
  const cues = useMemo(() => {
    const shown = new Set(timeline.spans.map((s) => s.sceneId));
    return projectCues({ scenes: project.scenes.filter((s) => shown.has(s.id)) });
  }, [project, timeline]);
  const current = playback.current();
  const scene = project.scenes.find((s) => s.id === current.sceneId);

  usePlaybackClock(playback, playing);
  usePreviewMedia(scene, current.local, playing, stage);
  const speaking = usePreviewSpeech(scene, cues, time, playing);

  const total = timeline.total;
  const cue = cueAt(cues, time);
  return (
    <section className="playback" aria-label={t('preview.preview')}>
      {!speaking && cue && <CaptionLine cue={cue} time={time} />}
      <div className="playback-row">
        <button
          className="primary"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => playback.toggle()}
          aria-label={playing ? t('preview.pausePreview') : t('preview.playPreview')}
          title={t('preview.playPauseSpace')}
        >
          {playing ? t('preview.pause') : t('preview.play')}
        </button>
        <select
          aria-label={t('preview.previewScope')}
          value={onlySceneId ?? ''}
          onChange={(e) => playback.open(e.target.value || null)}
        >
          <option value="">{t('preview.wholeProject')}</option>
          <option value={activeSceneId}>{t('preview.thisSceneOnly')}</option>
        </select>
        <div className="playback-track">
          <div className="playback-scenes" aria-hidden="true">
            {timeline.spans.map((s) => (
              <div
                key={s.sceneId}
                className={s.sceneId === current.sceneId ? 'current' : ''}
                style={{ flexGrow: s.end - s.start }}
                data-scene-id={s.sceneId}
              >
                {t('preview.sceneN', { scene: s.index + 1 })}
              </div>
            ))}
          </div>
          <input
            type="range"
            aria-label={t('preview.previewTime')}
            min={0}
            max={total}
            step={0.01}
            value={time}
            onChange={(e) => playback.seek(Number(e.target.value))}
            onKeyDown={(e) => {
              if (e.key !== ' ') return;
              e.preventDefault();
              playback.toggle();
            }}
          />
        </div>
        <output aria-label={t('preview.previewClock')} className="playback-clock">
          {formatPreviewTime(time)} / {formatPreviewTime(total)}
        </output>
        <span className="hint">
          {speaking ? t('preview.speakingTheScript') : t('preview.noVoiceCaptionsShown')}
        </span>
        <button onClick={playback.close} aria-label={t('preview.closePreview')}>
          {t('preview.text')}
        </button>
      </div>
    </section>
  );
}
