import { toHex, toRgb } from './color';

interface Props {
  label: string;
  value: string | undefined;
  onChange: (rgb: string) => void;
  onCommit?: () => void;
  allowNone?: boolean;
}

export function ColorField({ label, value, onChange, onCommit, allowNone }: Props) {
  const none = allowNone && !value;
  return (
    <label>
      {label}
      <span className="row" style={{ margin: 0 }}>
        <input
          type="color"
          aria-label={label}
          value={toHex(value)}
          onChange={(e) => onChange(toRgb(e.target.value))}
          onBlur={onCommit}
          style={{ width: 36, padding: 0, opacity: none ? 0.4 : 1 }}
        />
        {allowNone && (
          <button
            type="button"
            onClick={() => onChange('')}
            disabled={none}
            title={`No ${label.toLowerCase()}`}
          >
            None
          </button>
        )}
      </span>
    </label>
  );
}
