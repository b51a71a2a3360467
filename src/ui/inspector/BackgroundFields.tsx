import { useTranslation } from 'react-i18next';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectActiveScene } from '../../store/selectors';
import { ColorField } from '../common/ColorField';
import { UploadButton } from '../common/UploadButton';

/**
 * Local backgrounds shipped in public/; root-relative like the upstream's own. The picker shows a
 * 96×54 tile of each (under 1 KB) rather than the 960×540 picture (11–13 KB) it stands for. The
 * name shown is a catalog key: only the label is translated, never the URL written into the scene.
 */
const local = (file: string, nameKey: string) => ({
  url: `/images/background/${file}.png`,
  tile: `/images/background/tiles/${file}.webp`,
  nameKey,
});
const LOCAL_BACKGROUNDS = [
  local('bg_blue_gradient', 'inspector.backgroundPreset.blueGradient'),
  local('bg_warm_gradient', 'inspector.backgroundPreset.warmGradient'),
  local('bg_studio_grey', 'inspector.backgroundPreset.studioGrey'),
  local('bg_mint', 'inspector.backgroundPreset.mint'),
];

export function BackgroundFields() {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const bg = useEditorState((s) => selectActiveScene(s)?.background);
  if (!bg) return null;
  const set = (patch: Parameters<typeof commands.scenes.setBackground>[0], key?: string) =>
    commands.scenes.setBackground(
      { id: 'background', type: 'background', source_type: 'image', ...patch },
      key,
    );
  return (
    <div aria-label={t('inspector.sceneBackground')}>
      <h2>{t('inspector.sceneBackground')}</h2>
      <div className="fields">
        <ColorField
          label={t('inspector.backgroundColour')}
          value={bg.source_color}
          onChange={(c) => set({ source_color: c, source_url: '' }, 'bg-color')}
          onCommit={commands.endBurst}
        />
      </div>
      <label style={{ display: 'flex', flexDirection: 'column', marginTop: 6 }}>
        {t('inspector.backgroundImageUrl')}
        <input
          aria-label={t('inspector.backgroundImageUrl')}
          value={bg.source_url ?? ''}
          onChange={(e) => set({ source_url: e.target.value }, 'bg-url')}
          onBlur={commands.endBurst}
        />
      </label>
      <div className="grid" style={{ marginTop: 6 }}>
        {LOCAL_BACKGROUNDS.map(({ url, tile, nameKey }) => {
          const name = t(nameKey);
          return (
            <button
              key={url}
              className={bg.source_url === url ? 'active tile' : 'tile'}
              aria-pressed={bg.source_url === url}
              onClick={() => set({ source_url: url })}
              aria-label={t('inspector.backgroundPart', { name })}
            >
              <img src={tile} alt="" width={48} height={27} />
              {name}
            </button>
          );
        })}
      </div>
      <UploadButton
        accept="image/*"
        label={t('inspector.uploadBackground')}
        onUploaded={(url) => set({ source_url: url })}
      />
      <p className="hint">{t('inspector.selectAClipOnThe')}</p>
    </div>
  );
}
