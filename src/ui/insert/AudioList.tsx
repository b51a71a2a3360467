import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectAudioClips } from '../../store/selectors';
import { NumberField } from '../common/NumberField';

/** Audio clips have no stage object; they are listed per scene here. */
export function AudioList() {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const clips = useEditorState(selectAudioClips);
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  return (
    <section aria-label={t('insert.sceneAudio')}>
      <h2>{t('insert.audioInThisScene')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!url.trim()) return;
          commands.insert.audio(url.trim(), label.trim() || url.trim().split('/').pop() || 'Audio');
          setUrl('');
          setLabel('');
        }}
      >
        <input
          aria-label={t('insert.audioUrl')}
          placeholder={t('insert.httpsMusicMp3')}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          style={{ width: '100%' }}
        />
        <div className="row">
          <input
            aria-label={t('insert.audioLabel')}
            placeholder={t('insert.label')}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
          <button type="submit">{t('insert.addAudio')}</button>
        </div>
      </form>
      <ul className="layers">
        {clips.map((clip) =>
          clip.type === 'audio' ? (
            <li key={clip.id} data-clip-id={clip.id}>
              <input
                aria-label={t('insert.audioClipLabel')}
                value={clip.label}
                onChange={(e) =>
                  commands.clips.update(clip.id, { label: e.target.value }, `${clip.id}:label`)
                }
                onBlur={commands.endBurst}
              />
              <span style={{ width: 64 }}>
                <NumberField
                  label={t('insert.vol')}
                  value={clip.volume ?? 100}
                  min={1}
                  max={100}
                  digits={0}
                  onChange={(v) =>
                    commands.clips.update(clip.id, { volume: v }, `${clip.id}:volume`)
                  }
                  onCommit={commands.endBurst}
                />
              </span>
              <button
                aria-label={t('insert.removeAudio', { label: clip.label })}
                onClick={() => commands.clips.remove([clip.id])}
              >
                {t('insert.text')}
              </button>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
