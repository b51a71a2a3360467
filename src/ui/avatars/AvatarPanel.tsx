import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import {
  needsThumbnailSize,
  type AvatarChoice,
  type OutfitChoice,
} from '../../domain/avatar-catalog';
import { useEditor } from '../../store/editor-context';
import { describeError } from '../common/describe-error';
import { measureImage, useAvatarChoices } from './use-avatar-choices';

function OutfitTile({
  avatar,
  outfit,
  onPlace,
}: {
  avatar: AvatarChoice;
  outfit: OutfitChoice;
  onPlace: (outfit: OutfitChoice, shown: HTMLImageElement | null) => void;
}) {
  const { t } = useTranslation();
  const estimate = outfit.placement === 'estimate';
  const img = useRef<HTMLImageElement>(null);
  return (
    <button
      className="tile"
      title={
        estimate
          ? t('script.placeEstimated', { avatar: avatar.label, outfit: outfit.label })
          : t('script.placeSized', {
              avatar: avatar.label,
              outfit: outfit.label,
              source: outfit.source ?? t('script.aProjectMadeInAi'),
            })
      }
      aria-label={t('script.placeAvatar', { avatar: avatar.label, outfit: outfit.label })}
      onClick={() => onPlace(outfit, img.current)}
    >
      {outfit.thumbnail ? (
        <img ref={img} src={outfit.thumbnail} alt="" />
      ) : (
        <span style={{ height: 48 }}>👤</span>
      )}
      <span>
        {avatar.label} · {outfit.label}
      </span>
      <span className="hint">
        {estimate ? t('script.estimatedSize2') : t('script.sizeFromAProject')}
      </span>
    </button>
  );
}

/** The account's avatars and outfits (dropdown/models + model), sized from projects where known. */
export function AvatarPanel() {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const { choices, pending, error } = useAvatarChoices();
  const [placing, setPlacing] = useState(false);
  const place = async (outfit: OutfitChoice, shown: HTMLImageElement | null) => {
    if (!needsThumbnailSize(outfit)) return commands.script.placeAvatar(outfit.model);
    // The tile already shows the thumbnail: its natural size is the estimate, no second load.
    if (shown?.complete && shown.naturalWidth > 0)
      return commands.script.placeAvatar(outfit.model, {
        width: shown.naturalWidth,
        height: shown.naturalHeight,
      });
    setPlacing(true);
    const size = await measureImage(outfit.thumbnail);
    setPlacing(false);
    commands.script.placeAvatar(outfit.model, size);
  };
  const bare = choices.filter((a) => a.outfits.length === 0);

  return (
    <section aria-label={t('script.avatars')} aria-busy={placing}>
      <p className="hint">{t('script.oneAvatarPerScenePlacing')}</p>
      {pending && <p className="hint">{t('script.loadingAvatars')}</p>}
      {error && <p className="error-text">{describeError(error)}</p>}
      <div className="grid">
        {choices.flatMap((a) =>
          a.outfits.map((o) => (
            <OutfitTile key={`${a.id}/${o.id}`} avatar={a} outfit={o} onPlace={place} />
          )),
        )}
      </div>
      {bare.length > 0 && (
        <p className="hint">
          {t('script.noOutfits', { avatars: bare.map((a) => a.label).join(', ') })}
        </p>
      )}
    </section>
  );
}
