import { detectLanguage, estimateSpeechSeconds, formatSeconds } from '../../domain/speech';
import { avatarClipOf, scriptAvatarMismatches } from '../../domain/avatar-edits';
import { orgToPlainText, plainTextToOrg } from '../../domain/script-edits';
import { speechFormOf, speechOrg, speechVoice } from '../../domain/speech-forms';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectActiveScene, selectActiveSceneIndex } from '../../store/selectors';
import { VoiceField } from './VoiceField';

const LANGUAGE_NAMES = {
  ko: 'Korean',
  ja: 'Japanese',
  zh: 'Chinese',
  other: 'Latin script',
} as const;

export function ScriptPanel() {
  const { commands } = useEditor();
  const scene = useEditorState(selectActiveScene);
  const index = useEditorState(selectActiveSceneIndex);
  if (!scene) return null;
  const script = scene.scripts?.[0];
  const avatar = avatarClipOf(scene);
  const form = speechFormOf(scene);
  const text = orgToPlainText(speechOrg(scene));
  const voice = speechVoice(scene);
  const [mismatch] = scriptAvatarMismatches(scene);

  return (
    <section aria-label="Script" style={{ borderTop: '1px solid var(--line)', paddingTop: 4 }}>
      <h2>Script · scene {index + 1}</h2>
      {mismatch && (
        <p className="error-text" role="alert">
          The script names {mismatch.script.modelId}/{mismatch.script.clothId} but the avatar is{' '}
          {mismatch.avatar.modelId}/{mismatch.avatar.clothId}.{' '}
          <button onClick={() => commands.script.fixSync()}>Use the avatar’s ids</button>
        </p>
      )}
      <textarea
        aria-label="Script text"
        rows={5}
        style={{ width: '100%', resize: 'vertical' }}
        placeholder={
          avatar
            ? 'What the avatar says in this scene…'
            : 'Place an avatar, then write what it says.'
        }
        value={text}
        onChange={(e) => commands.script.setText(plainTextToOrg(e.target.value))}
        onBlur={commands.endBurst}
      />
      <div className="row hint" style={{ justifyContent: 'space-between' }}>
        <span aria-label="Character count">{text.length} characters</span>
        <span>{text.trim() ? LANGUAGE_NAMES[detectLanguage(text)] : ''}</span>
        <span title="Estimated speech duration">
          ≈ {formatSeconds(estimateSpeechSeconds(text))}
        </span>
      </div>
      {form === 'clip-script' && (
        <p className="hint" aria-label="Where the speech is sent">
          This scene’s speech is on the avatar clip (<code>script</code>), as the vendor’s
          JSON-template tutorial sends it; edits change it there.
        </p>
      )}
      {form === 'both' && (
        <p className="hint" aria-label="Where the speech is sent">
          This scene carries its speech twice (scene script and avatar clip); edits change both.
        </p>
      )}
      {(script || form === 'clip-script') && (
        <VoiceField isTTS={script?.isTTS ?? voice !== null} tts={voice} />
      )}
      {avatar && (
        <p className="hint">
          Speaks as <code>{script?.modelId || '—'}</code> / <code>{script?.clothId || '—'}</code>{' '}
          (from the avatar clip).
        </p>
      )}
    </section>
  );
}
