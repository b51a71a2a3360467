import { useQuery } from '@tanstack/react-query';
import { catalogQuery } from '../../api/catalog';
import type { AiModelClip } from '../../domain/schema/clips';
import { useEditor } from '../../store/editor-context';
import { useAvatarLibrary } from './use-avatar-library';

/** Outfit switch and voice-only for the selected avatar; ids flow into the script by the command. */
export function AvatarFields({ clip }: { clip: AiModelClip }) {
  const { commands } = useEditor();
  const catalog = useQuery(catalogQuery());
  const library = useAvatarLibrary();
  const outfits = [
    ...(catalog.data?.find((a) => a.id === clip.model.ai_name)?.clothes ?? []).flatMap((c) =>
      c.model ? [{ id: c.id, label: c.label ?? c.id, model: c.model }] : [],
    ),
    ...library.entries
      .filter((e) => e.model.ai_name === clip.model.ai_name)
      .map((e) => ({ id: e.model.emotion, label: `${e.model.emotion} (library)`, model: e.model })),
  ].filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i);

  return (
    <>
      <h2>Avatar</h2>
      <p className="hint">
        Model <code>{clip.model.ai_name}</code>, outfit <code>{clip.model.emotion}</code>
        {clip.model.language ? `, language ${clip.model.language}` : ''}. The scene’s script follows
        these ids.
      </p>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        Outfit
        <select
          aria-label="Outfit"
          value={clip.model.emotion}
          onChange={(e) => {
            const outfit = outfits.find((o) => o.id === e.target.value);
            if (outfit) commands.script.setOutfit(outfit.model);
          }}
        >
          {!outfits.some((o) => o.id === clip.model.emotion) && (
            <option value={clip.model.emotion}>{clip.model.emotion}</option>
          )}
          {outfits.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
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
