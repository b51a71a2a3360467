import { useEffect, useState } from 'react';

interface Props {
  label: string;
  value: number | undefined;
  onChange: (value: number) => void;
  onCommit?: () => void;
  step?: number;
  min?: number;
  max?: number;
  digits?: number;
}

const show = (value: number | undefined, digits: number) =>
  value === undefined || Number.isNaN(value) ? '' : String(Number(value.toFixed(digits)));

/**
 * A number input that edits as the user types (each keystroke joins the same undo step, by the
 * caller's coalesce key) and shows the store's value again when not focused.
 */
export function NumberField({
  label,
  value,
  onChange,
  onCommit,
  step = 1,
  min,
  max,
  digits = 2,
}: Props) {
  const [text, setText] = useState(show(value, digits));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(show(value, digits));
  }, [value, focused, digits]);

  return (
    <label>
      {label}
      <input
        type="number"
        aria-label={label}
        value={text}
        step={step}
        min={min}
        max={max}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          onCommit?.();
        }}
        onChange={(e) => {
          setText(e.target.value);
          const n = e.target.valueAsNumber;
          if (Number.isFinite(n)) onChange(n);
        }}
      />
    </label>
  );
}
