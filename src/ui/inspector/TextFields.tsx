import { SANITY } from '../../domain/preflight/rules/sanity';
import type { TextClip } from '../../domain/schema/clips';
import { ColorField } from '../common/ColorField';
import { NumberField } from '../common/NumberField';
import { AnimationFields, ShadowFields } from './StyleFields';
import { useClipEdit } from './use-clip-field';

/** Fonts the upstream renders; its list is not public, so only its documented default is offered. */
const FONTS = ['Noto Sans CJK'];

export function TextFields({ clip }: { clip: TextClip }) {
  const { set, commit } = useClipEdit(clip.id);
  const fonts =
    FONTS.includes(clip.fontFamily ?? '') || !clip.fontFamily ? FONTS : [...FONTS, clip.fontFamily];
  return (
    <>
      <h2>Text</h2>
      <textarea
        aria-label="Text"
        rows={3}
        style={{ width: '100%' }}
        value={clip.text}
        onChange={(e) => set('text', { text: e.target.value })}
        onBlur={commit}
      />
      <div className="fields">
        <label>
          Font
          <select
            aria-label="Font"
            value={clip.fontFamily ?? 'Noto Sans CJK'}
            onChange={(e) => set('font', { fontFamily: e.target.value })}
          >
            {fonts.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </label>
        <NumberField
          label="Size (pt)"
          value={clip.fontSize}
          min={1}
          max={SANITY.maxFontPt}
          onChange={(v) => set('fontSize', { fontSize: v })}
          onCommit={commit}
        />
        <ColorField
          label="Colour"
          value={clip.fill}
          onChange={(fill) => set('fill', { fill })}
          onCommit={commit}
        />
        <ColorField
          label="Background"
          value={clip.backgroundColor}
          allowNone
          onChange={(c) => set('bg', { backgroundColor: c })}
          onCommit={commit}
        />
        <label>
          Align
          <select
            aria-label="Align"
            value={clip.align ?? 'left'}
            onChange={(e) => set('align', { align: e.target.value })}
          >
            <option>left</option>
            <option>center</option>
            <option>right</option>
          </select>
        </label>
        <label>
          Weight
          <select
            aria-label="Weight"
            value={String(clip.fontWeight ?? 400)}
            onChange={(e) => set('weight', { fontWeight: Number(e.target.value) })}
          >
            <option value="400">Regular</option>
            <option value="700">Bold</option>
          </select>
        </label>
        <label className="row">
          <input
            type="checkbox"
            checked={clip.fontStyle === 'italic'}
            onChange={(e) => set('italic', { fontStyle: e.target.checked ? 'italic' : '' })}
          />
          Italic
        </label>
        <label className="row">
          <input
            type="checkbox"
            checked={clip.underline ?? false}
            onChange={(e) => set('underline', { underline: e.target.checked })}
          />
          Underline
        </label>
        <ColorField
          label="Outline"
          value={clip.stroke}
          allowNone
          onChange={(stroke) => set('stroke', { stroke })}
          onCommit={commit}
        />
        <NumberField
          label="Outline width"
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
