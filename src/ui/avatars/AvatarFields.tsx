import { useTranslation } from 'react-i18next';
import { isEstimatedAvatar, outfitMenuFor, outfitModel } from '../../domain/avatar-catalog';
import type { AiModelClip } from '../../domain/schema/clips';
import { useEditor } from '../../store/editor-context';
import { useAvatarChoices } from './use-avatar-choices';

/** Outfit switch and voice-only for the selected avatar; ids flow into the script by the command. */
export function AvatarFields({ clip }: { clip: AiModelClip }) {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const { choices } = useAvatarChoices();
  const menu = outfitMenuFor(choices, clip.model);
  const { avatar, outfits } = menu;

  return (
    <>
      <h2>{t('script.avatar')}</h2>
      <p className="hint">
        {t('script.model')} <code>{clip.model.ai_name}</code>
        {t('script.modelOutfit', {
          label: avatar && avatar.label !== avatar.id ? ` (${avatar.label})` : '',
        })}{' '}
        <code>{clip.model.emotion}</code>
        {clip.model.language ? t('script.languageSuffix', { language: clip.model.language }) : ''}
        {t('script.followsIds')}
      </p>
      {isEstimatedAvatar(clip.model) && (
        <p className="hint" role="note">
          {t('script.estimatedSizeAiStudiosGives')}
        </p>
      )}
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t('script.outfit')}
        <select
          aria-label={t('script.outfit')}
          value={clip.model.emotion}
          onChange={(e) => {
            const model = outfitModel(menu, e.target.value);
            if (model) commands.script.setOutfit(model);
          }}
        >
          {menu.currentUnlisted && <option value={clip.model.emotion}>{clip.model.emotion}</option>}
          {outfits.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
              {o.placement === 'estimate' ? t('script.estimatedSize') : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="row">
        <input
          type="checkbox"
          checked={clip.voiceOnly ?? false}
          onChange={(e) => commands.script.setVoiceOnly(e.target.checked)}
        />
        {t('script.voiceOnlyTheAvatarSpeaks')}
      </label>
      <button
        onClick={commands.script.applyToAllScenes}
        title={t('script.sameAvatarOutfitAndVoice')}
      >
        {t('script.applyAvatarOutfitAndVoice')}
      </button>
    </>
  );
}
