import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { configQuery, voicesQuery } from '../../api/catalog';
import { useEditor } from '../../store/editor-context';

/** The avatar's own voice (`isTTS:false, tts:null`) or a TTS voice whose `tts` object is sent as-is. */
export function VoiceField({
  isTTS,
  tts,
}: {
  isTTS: boolean;
  tts: Record<string, unknown> | null;
}) {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const voices = useQuery(voicesQuery());
  const config = useQuery(configQuery());
  const count = voices.data?.length ?? 0;
  const [raw, setRaw] = useState(JSON.stringify(tts ?? {}, null, 2));
  const [rawError, setRawError] = useState('');
  // Re-show the stored value only when it differs from what is typed (undo, another voice), so the
  // caret does not jump while the user edits valid JSON.
  useEffect(() => {
    setRaw((typed) => {
      try {
        if (JSON.stringify(JSON.parse(typed)) === JSON.stringify(tts ?? {})) return typed;
      } catch {
        // An unparsable draft is replaced by the stored value below.
      }
      return JSON.stringify(tts ?? {}, null, 2);
    });
  }, [tts]);
  const selected = isTTS
    ? (voices.data?.find((v) => JSON.stringify(v.tts) === JSON.stringify(tts))?.id ?? 'custom')
    : 'avatar';

  return (
    <div>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t('script.voice')}
        <select
          aria-label={t('script.voice')}
          value={selected}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'avatar') commands.script.setVoice(null);
            else if (v === 'custom') commands.script.setVoice(tts ?? {});
            else {
              const voice = voices.data?.find((x) => x.id === v);
              if (voice) commands.script.setVoice(voice.tts);
            }
          }}
        >
          <option value="avatar">{t('script.theAvatarSOwnVoice')}</option>
          {voices.data?.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label} ({v.language})
            </option>
          ))}
          {/* Real mode offers no made-up format; a tts object that came with a project stays editable. */}
          {(config.data?.simulator || selected === 'custom') && (
            <option value="custom">{t('script.customTtsRawJson')}</option>
          )}
        </select>
      </label>
      {config.data && (
        <p className="hint" aria-label={t('script.whereVoicesComeFrom')}>
          {config.data.simulator
            ? t('script.simulatorVoicesMadeUpFor')
            : t('script.voicesNote', {
                plus: count ? t('script.plusVoices', { count }) : '',
                noFile: count ? '' : t('script.noVoicesFileIsSet'),
              })}
        </p>
      )}
      {isTTS && (
        <details open={selected === 'custom'}>
          <summary className="hint">{t('script.ttsObjectFormatNotPublic')}</summary>
          <textarea
            aria-label={t('script.ttsJson')}
            rows={4}
            style={{ width: '100%', fontFamily: 'monospace' }}
            value={raw}
            onChange={(e) => {
              setRaw(e.target.value);
              try {
                const value: unknown = JSON.parse(e.target.value);
                if (!value || typeof value !== 'object' || Array.isArray(value))
                  throw new Error('The tts value must be a JSON object.');
                setRawError('');
                commands.script.setVoice(value as Record<string, unknown>, 'tts-json');
              } catch (err) {
                setRawError(err instanceof Error ? err.message : String(err));
              }
            }}
          />
          {rawError && <p className="error-text">{rawError}</p>}
        </details>
      )}
    </div>
  );
}
