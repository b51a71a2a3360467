import { isEstimatedAvatar, outfitMenuFor, outfitModel } from '../../domain/avatar-catalog';
import type { AiModelClip } from '../../domain/schema/clips';
import { useEditor } from '../../store/editor-context';
import { useAvatarChoices } from './use-avatar-choices';

/** Outfit switch and voice-only for the selected avatar; ids flow into the script by the command. */
export function AvatarFields({ clip }: { clip: AiModelClip }) {
  const { commands } = useEditor();
  const { choices } = useAvatarChoices();
  const menu = outfitMenuFor(choices, clip.model);
  const { avatar, outfits } = menu;

  return (
    <>
      <h2>Avatar</h2>
      <p className="hint">
        Model <code>{clip.model.ai_name}</code>
        {avatar && avatar.label !== avatar.id ? ` (${avatar.label})` : ''}, outfit{' '}
        <code>{clip.model.emotion}</code>
        {clip.model.language ? `, language ${clip.model.language}` : ''}. The scene’s script follows
        these ids.
      </p>
      {isEstimatedAvatar(clip.model) && (
        <p className="hint" role="note">
          Estimated size: AI Studios gives no placement geometry for this outfit, so its box is the
          thumbnail’s shape. Check the render, or import a project made with this outfit.
        </p>
      )}
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        Outfit
        <select
          aria-label="Outfit"
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
              {o.placement === 'estimate' ? ' (estimated size)' : ''}
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
        Voice only (the avatar speaks but is not shown)
      </label>
      <button
        onClick={commands.script.applyToAllScenes}
        title="Same avatar, outfit and voice in every scene"
      >
        Apply avatar, outfit and voice to all scenes
      </button>
    </>
  );
}
