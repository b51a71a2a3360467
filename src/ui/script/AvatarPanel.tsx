import { useQuery } from '@tanstack/react-query';
import { catalogQuery } from '../../api/catalog';
import { hasPlacementGeometry } from '../../domain/avatar-harvest';
import type { AvatarModel } from '../../domain/schema/clips';
import { useEditor } from '../../store/editor-context';
import { describeError } from '../common/describe-error';
import { useAvatarLibrary } from './use-avatar-library';

interface Option {
  key: string;
  label: string;
  thumbnail?: string;
  model?: AvatarModel;
  origin: string;
}

function AvatarTile({ option, onPlace }: { option: Option; onPlace: (m: AvatarModel) => void }) {
  const placeable = option.model && hasPlacementGeometry(option.model);
  const why = placeable
    ? `Place ${option.label}`
    : 'No placement geometry: the API gives only ids for this avatar. Import a project made with it in AI Studios to add it to your library.';
  return (
    <button
      className="tile"
      disabled={!placeable}
      title={why}
      aria-label={`Place avatar ${option.label}`}
      onClick={() => option.model && onPlace(option.model)}
    >
      {option.thumbnail ? (
        <img src={option.thumbnail} alt="" />
      ) : (
        <span style={{ height: 48 }}>👤</span>
      )}
      <span>{option.label}</span>
      <span className="hint">{option.origin}</span>
    </button>
  );
}

/** Catalog avatars (with geometry from the simulator) merged with the local avatar library. */
export function AvatarPanel() {
  const { commands } = useEditor();
  const catalog = useQuery(catalogQuery());
  const library = useAvatarLibrary();
  const fromCatalog: Option[] = (catalog.data ?? []).flatMap((avatar) => {
    const label =
      typeof avatar.label === 'string'
        ? avatar.label
        : (avatar.label.en ?? Object.values(avatar.label)[0] ?? avatar.id);
    const clothes = avatar.clothes ?? [];
    if (clothes.length === 0)
      return [{ key: avatar.id, label, origin: 'Catalog', thumbnail: avatar.thumbnail }];
    return clothes.map((c) => ({
      key: `${avatar.id}/${c.id}`,
      label: `${label} · ${c.label ?? c.id}`,
      thumbnail: c.thumbnail ?? avatar.thumbnail,
      model: c.model,
      origin: 'Catalog',
    }));
  });
  // Library entries stay listed even when the catalog has the same outfit: theirs is the geometry
  // of a real project, where the catalog's may be ids only.
  const fromLibrary: Option[] = library.entries.map((e) => ({
    key: e.key,
    label: `${e.model.ai_name} · ${e.model.emotion}`,
    thumbnail: e.model.deployImage?.themb_src ?? e.model.source_url,
    model: e.model,
    origin: e.source,
  }));

  return (
    <section aria-label="Avatars">
      <p className="hint">
        One avatar per scene: placing another replaces it, keeping its position.
      </p>
      {catalog.isPending && <p className="hint">Loading avatars…</p>}
      {catalog.isError && <p className="error-text">{describeError(catalog.error)}</p>}
      <div className="grid">
        {[...fromCatalog, ...fromLibrary].map((o) => (
          <AvatarTile
            key={`${o.origin}:${o.key}`}
            option={o}
            onPlace={commands.script.placeAvatar}
          />
        ))}
      </div>
      {fromLibrary.length === 0 && (
        <p className="hint">Avatars from projects you import join your library here.</p>
      )}
    </section>
  );
}
