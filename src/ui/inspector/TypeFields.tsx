import { useTranslation } from 'react-i18next';
import { SHAPE_NAMES } from '../../domain/schema/common';
import { shapeLabel } from '../layers/clip-label';
import { clipTypeOf, isOpaqueClip, type Clip, type ShapeClip } from '../../domain/schema/clips';
import { ColorField } from '../common/ColorField';
import { NumberField } from '../common/NumberField';
import { AnimationFields, ShadowFields } from './StyleFields';
import { TextFields } from './TextFields';
import { useClipEdit } from './use-clip-field';

function ShapeFields({ clip }: { clip: ShapeClip }) {
  const { t } = useTranslation();
  const { set, commit } = useClipEdit(clip.id);
  return (
    <>
      <h2>{t('inspector.shape')}</h2>
      <div className="fields">
        <label style={{ gridColumn: '1 / -1' }}>
          {t('inspector.shape')}
          <select
            aria-label={t('inspector.shape')}
            value={clip.shapeName}
            onChange={(e) => set('shapeName', { shapeName: e.target.value })}
          >
            {SHAPE_NAMES.map((n) => (
              <option key={n} value={n}>
                {shapeLabel(n)}
              </option>
            ))}
          </select>
        </label>
        <ColorField
          label={t('inspector.fill2')}
          value={clip.fill}
          onChange={(fill) => set('fill', { fill })}
          onCommit={commit}
        />
        <ColorField
          label={t('inspector.stroke2')}
          value={clip.stroke}
          allowNone
          onChange={(stroke) => set('stroke', { stroke })}
          onCommit={commit}
        />
        <NumberField
          label={t('inspector.strokeWidth')}
          value={clip.strokeWidth ?? 0}
          min={0}
          onChange={(v) => set('strokeWidth', { strokeWidth: v })}
          onCommit={commit}
        />
        <NumberField
          label={t('inspector.cornerRadius')}
          value={clip.strokeRadius ?? 0}
          min={0}
          onChange={(v) => set('strokeRadius', { strokeRadius: v })}
          onCommit={commit}
        />
      </div>
      <ShadowFields clipId={clip.id} shadow={clip.shadow} />
      <AnimationFields clipId={clip.id} animation={clip.animation} />
    </>
  );
}

function UrlField({
  clipId,
  label,
  field,
  value,
}: {
  clipId: string;
  label: string;
  field: string;
  value: string;
}) {
  const { set, commit } = useClipEdit(clipId);
  return (
    <label style={{ display: 'flex', flexDirection: 'column' }}>
      {label}
      <input
        aria-label={label}
        value={value}
        onChange={(e) => set(field, { [field]: e.target.value })}
        onBlur={commit}
      />
    </label>
  );
}

export function TypeFields({ clip }: { clip: Clip }) {
  const { t } = useTranslation();
  const { set, commit } = useClipEdit(clip.id);
  if (isOpaqueClip(clip))
    return (
      <p className="hint" aria-label={t('inspector.unknownClipType')}>
        {t('inspector.unknownTypeText', { type: clipTypeOf(clip) })}
      </p>
    );
  switch (clip.type) {
    case 'textImage':
      return <TextFields clip={clip} />;
    case 'shape':
      return <ShapeFields clip={clip} />;
    case 'image':
      return (
        <>
          <h2>{t('inspector.image')}</h2>
          <UrlField
            clipId={clip.id}
            label={t('inspector.imageUrl')}
            field="source_url"
            value={clip.source_url}
          />
          <AnimationFields clipId={clip.id} animation={clip.animation} />
        </>
      );
    case 'videoImage':
      return (
        <>
          <h2>{t('inspector.video')}</h2>
          <UrlField
            clipId={clip.id}
            label={t('inspector.videoUrl')}
            field="video_url"
            value={clip.video_url}
          />
          <UrlField
            clipId={clip.id}
            label={t('inspector.posterImageUrl')}
            field="source_url"
            value={clip.source_url ?? ''}
          />
          <NumberField
            label={t('inspector.volume')}
            value={clip.volume ?? 100}
            min={1}
            max={100}
            digits={0}
            onChange={(v) => set('volume', { volume: v })}
            onCommit={commit}
          />
        </>
      );
    default:
      return null;
  }
}
