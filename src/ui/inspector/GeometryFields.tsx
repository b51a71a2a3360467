import { useTranslation } from 'react-i18next';
import { turnedInPlace } from '../../domain/geometry';
import type { Clip } from '../../domain/schema/clips';
import { NumberField } from '../common/NumberField';
import { useClipEdit } from './use-clip-field';

type Visual = Exclude<Clip, { type: 'audio' }>;

/** Width and height are the rendered size; they are stored as scale over the intrinsic size, whose
 * sign (a flip) a new size keeps. */
export function GeometryFields({ clip }: { clip: Visual }) {
  const { t } = useTranslation();
  const { set, commit } = useClipEdit(clip.id);
  const sx = clip.scaleX ?? 1;
  const sy = clip.scaleY ?? 1;
  return (
    <div className="fields">
      <NumberField
        label={t('inspector.left')}
        value={clip.left}
        onChange={(v) => set('left', { left: v })}
        onCommit={commit}
      />
      <NumberField
        label={t('inspector.top')}
        value={clip.top}
        onChange={(v) => set('top', { top: v })}
        onCommit={commit}
      />
      <NumberField
        label={t('inspector.width')}
        value={Math.abs(clip.width * sx)}
        min={1}
        onChange={(v) =>
          clip.width > 0 && set('width', { scaleX: (Math.sign(sx) || 1) * (v / clip.width) })
        }
        onCommit={commit}
      />
      <NumberField
        label={t('inspector.height')}
        value={Math.abs(clip.height * sy)}
        min={1}
        onChange={(v) =>
          clip.height > 0 && set('height', { scaleY: (Math.sign(sy) || 1) * (v / clip.height) })
        }
        onCommit={commit}
      />
      <NumberField
        label={t('inspector.angle')}
        value={clip.angle ?? 0}
        onChange={(v) => set('angle', turnedInPlace(clip, v))}
        onCommit={commit}
      />
      <NumberField
        label={t('inspector.layer')}
        value={clip.layer}
        step={1}
        min={0}
        digits={0}
        onChange={(v) => set('layer', { layer: Math.round(v) })}
        onCommit={commit}
      />
      <label style={{ gridColumn: '1 / -1' }}>
        {t('inspector.opacityValue', { value: clip.opacity ?? 100 })}
        <input
          type="range"
          aria-label={t('inspector.opacity')}
          min={1}
          max={100}
          value={clip.opacity ?? 100}
          onChange={(e) => set('opacity', { opacity: Number(e.target.value) })}
          onPointerUp={commit}
          onKeyUp={commit}
        />
      </label>
    </div>
  );
}
