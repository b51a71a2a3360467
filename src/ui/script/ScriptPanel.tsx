import { formatNumber } from '../common/format';
import { useTranslation } from 'react-i18next';
import { detectLanguage, estimateSpeechSeconds, formatSeconds } from '../../domain/speech';
import { plainTextToOrg } from '../../domain/script-edits';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectScriptView } from './script-view';
import { VoiceField } from './VoiceField';

export function ScriptPanel() {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const view = useEditorState(selectScriptView);
  if (!view) return null;
  const { index, script, hasAvatar, form, text, voice, mismatchScript, mismatchAvatar } = view;

  return (
    <section
      aria-label={t('script.script')}
      style={{ borderTop: '1px solid var(--line)', paddingTop: 4 }}
    >
      <h2>{t('script.heading', { scene: index + 1 })}</h2>
      {mismatchScript !== undefined && (
        <p className="error-text" role="alert">
          {t('script.mismatch', { script: mismatchScript, avatar: mismatchAvatar })}{' '}
          <button onClick={() => commands.script.fixSync()}>{t('script.useTheAvatarSIds')}</button>
        </p>
      )}
      <textarea
        aria-label={t('script.scriptText')}
        rows={5}
        style={{ width: '100%', resize: 'vertical' }}
        placeholder={
          hasAvatar ? t('script.whatTheAvatarSaysIn') : t('script.placeAnAvatarThenWrite')
        }
        value={text}
        onChange={(e) => commands.script.setText(plainTextToOrg(e.target.value))}
        onBlur={commands.endBurst}
      />
      <div className="row hint" style={{ justifyContent: 'space-between' }}>
        <span aria-label={t('script.characterCount')}>
          {t('script.characters', { count: formatNumber(text.length) })}
        </span>
        <span>{text.trim() ? t(`script.lang.${detectLanguage(text)}`) : ''}</span>
        <span title={t('script.estimatedSpeechDuration')}>
          ≈ {formatSeconds(estimateSpeechSeconds(text))}
        </span>
      </div>
      {form === 'clip-script' && (
        <p className="hint" aria-label={t('script.whereTheSpeechIsSent')}>
          {t('script.thisSceneSSpeechIs')}
          <code>{t('script.script2')}</code>
          {t('script.asTheVendorSJson')}
        </p>
      )}
      {form === 'both' && (
        <p className="hint" aria-label={t('script.whereTheSpeechIsSent')}>
          {t('script.thisSceneCarriesItsSpeech')}
        </p>
      )}
      {(script || form === 'clip-script') && (
        <VoiceField isTTS={script?.isTTS ?? voice !== null} tts={voice} />
      )}
      {hasAvatar && (
        <p className="hint">
          {t('script.speaksAs')} <code>{script?.modelId || '—'}</code> /{' '}
          <code>{script?.clothId || '—'}</code> {t('script.fromAvatarClip')}
        </p>
      )}
    </section>
  );
}
