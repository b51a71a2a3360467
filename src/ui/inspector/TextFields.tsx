import { useTranslation } from 'react-i18next';
import { SANITY } from '../../domain/preflight/rules/sanity';
import type { TextClip } from '../../domain/schema/clips';
import { ColorField } from '../common/ColorField';
import { NumberField } from '../common/NumberField';
import { AnimationFields, ShadowFields } from './StyleFields';
import { useClipEdit } from './use-clip-field';

/** Fonts the upstream renders; its list is not public, so only its documented default is offered. */
const FONTS = ['Noto Sans CJK'];

export function TextFields({ clip }: { clip: TextClip }) {
  const { t } = useTranslation();
  const { set, commit } = useClipEdit(clip.id);
  const fonts =
    FONTS.includes(clip.fontFamily ?? '') || !clip.fontFamily ? FONTS : [...FONTS, clip.fontFamily];
  return (
    <>
      <h2>{t('inspector.text')}</h2>
      <textarea
        aria-label={t('inspector.text')}
        rows={3}
        style={{ width: '100%' }}
        value={clip.text}
        onChange={(e) => set('text', { text: e.target.value })}
        onBlur={commit}
      />
      <div className="fields">
        <label>
          {t('inspector.font')}
          <select
            aria-label={t('inspector.font')}
            value={clip.fontFamily ?? 'Noto Sans CJK'}
            onChange={(e) => set('font', { fontFamily: e.target.value })}
          >
            {fonts.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </label>
        <NumberField
          label={t('inspector.sizePt')}
          value={clip.fontSize}
          min={1}
          max={SANITY.maxFontPt}
          onChange={(v) => set('fontSize', { fontSize: v })}
          onCommit={commit}
        />
        <ColorField
          label={t('inspector.colour')}
          value={clip.fill}
          onChange={(fill) => set('fill', { fill })}
          onCommit={commit}
        />
        <ColorField
          label={t('inspector.background')}
          value={clip.backgroundColor}
          allowNone
          onChange={(c) => set('bg', { backgroundColor: c })}
          onCommit={commit}
        />
        <label>
          {t('inspector.align2')}
          <select
            aria-label={t('inspector.align2')}
            value={clip.align ?? 'left'}
            onChange={(e) => set('align', { align: e.target.value })}
          >
            <option>{t('inspector.left2')}</option>
            <option>{t('inspector.center')}</option>
            <option>{t('inspector.right')}</option>
          </select>
        </label>
        <label>
          {t('inspector.weight')}
          <select
            aria-label={t('inspector.weight')}
            value={String(clip.fontWeight ?? 400)}
            onChange={(e) => set('weight', { fontWeight: Number(e.target.value) })}
          >
            <option value="400">{t('inspector.regular')}</option>
            <option value="700">{t('inspector.bold')}</option>
          </select>
        </label>
        <label className="row">
          <input
            type="checkbox"
            checked={clip.fontStyle === 'italic'}
            onChange={(e) => set('italic', { fontStyle: e.target.checked ? 'italic' : '' })}
          />
          {t('inspector.italic')}
        </label>
        <label className="row">
          <input
            type="checkbox"
            checked={clip.underline ?? false}
            onChange={(e) => set('underline', { underline: e.target.checked })}
          />
          {t('inspector.underline')}
        </label>
        <ColorField
          label={t('inspector.outline')}
          value={clip.stroke}
          allowNone
          onChange={(stroke) => set('stroke', { stroke })}
          onCommit={commit}
        />
        <NumberField
          label={t('inspector.outlineWidth')}
          value={clip.strokeWidth ?? 0}
          min={0}
          onChange={(v) => set('strokeWidth', { strokeWidth: v })}
          onCommit={commit}
        />
      </div>
      <ShadowFields clipId={clip.id} shadow={clip.shadow} />
      <AnimationFields clipId={clip.id} animation={clip.animation} />
    </>
  );
}
