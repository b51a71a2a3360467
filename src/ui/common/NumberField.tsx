import { useId, useState } from 'react';

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

/** Why a typed value is not taken, in a sentence; null when it is taken. */
export function refusal(
  text: string,
  n: number,
  { label, min, max }: Pick<Props, 'label' | 'min' | 'max'>,
): string | null {
  if (text.trim() === '') return null;
  if (!Number.isFinite(n)) return `${label} takes a number.`;
  if (min !== undefined && n < min)
    return `${label} cannot be less than ${min}; you typed ${text}, so it stays as it was.`;
  if (max !== undefined && n > max)
    return `${label} cannot be more than ${max}; you typed ${text}, so it stays as it was.`;
  return null;
}

/**
 * A number input that edits as the user types (the edits of one focus are one undo step) and shows
 * the store's value again when not focused. A value it refuses is explained, never dropped silently.
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
  // What the user is typing, while the field has focus; otherwise the store's value is shown,
  // in the same render that changed it (an effect copying it over drew a second frame per edit).
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const messageId = useId();
  const text = draft ?? show(value, digits);

  return (
    <label>
      {label}
      <input
        type="number"
        aria-label={label}
        aria-invalid={refused ? true : undefined}
        aria-describedby={refused ? messageId : undefined}
        value={text}
        step={step}
        min={min}
        max={max}
        onFocus={() => setDraft(show(value, digits))}
        onBlur={() => {
          setDraft(null);
          onCommit?.();
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = e.target.valueAsNumber;
          const why = refusal(e.target.value, n, { label, min, max });
          setRefused(why);
          if (!why && Number.isFinite(n)) onChange(n);
        }}
      />
      {refused && (
        <span id={messageId} role="alert" className="field-error">
          {refused}
        </span>
      )}
    </label>
  );
}
