import { formatPercent } from './format';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import { HexAlphaColorPicker, HexColorInput } from 'react-colorful';
import { alphaPercent, fromHex8, toHex8 } from './color';

interface Props {
  label: string;
  value: string | undefined;
  onChange: (color: string) => void;
  onCommit?: () => void;
  allowNone?: boolean;
}

/**
 * A colour with its alpha (react-colorful's HexAlphaColorPicker; the browser's own colour input
 * has no alpha). The swatch opens the picker; the hex field takes `#rrggbbaa` typed or pasted.
 */
export function ColorField({ label, value, onChange, onCommit, allowNone }: Props) {
  const { t } = useTranslation();
  const none = allowNone && !value;
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  const hex8 = toHex8(value);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) {
        setOpen(false);
        onCommit?.();
      }
    };
    window.addEventListener('pointerdown', close, true);
    return () => window.removeEventListener('pointerdown', close, true);
  }, [open, onCommit]);

  return (
    <label>
      {label}
      <span className="row colour-field" style={{ margin: 0 }} ref={box}>
        <button
          type="button"
          className="swatch"
          aria-label={t('common.colourValue', {
            label,
            value: none
              ? t('common.none')
              : t('common.colourOpaque', {
                  hex: hex8,
                  percent: formatPercent(alphaPercent(value), 0),
                }),
          })}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          style={{ opacity: none ? 0.4 : 1 }}
        >
          <span style={{ background: none ? 'transparent' : hex8 }} />
        </button>
        <HexColorInput
          aria-label={t('common.hex', { label })}
          color={none ? '' : hex8}
          alpha
          prefixed
          onChange={(h) => onChange(fromHex8(h))}
          onBlur={onCommit}
        />
        {allowNone && (
          <button
            type="button"
            onClick={() => onChange('')}
            disabled={none}
            title={t('common.noColour', { label: label.toLowerCase() })}
          >
            {t('common.none2')}
          </button>
        )}
        {open && (
          <span className="colour-popover" role="group" aria-label={t('common.picker', { label })}>
            <HexAlphaColorPicker color={hex8} onChange={(h) => onChange(fromHex8(h))} />
          </span>
        )}
      </span>
    </label>
  );
}
