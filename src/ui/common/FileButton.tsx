import { useRef } from 'react';

interface Props {
  accept: string;
  /** The file input's name (what tests and screen readers find it by). */
  label: string;
  /** The button's words; the browser's own "Choose File" would speak its language, not the UI's. */
  text: string;
  onFile: (file: File) => void | Promise<void>;
  disabled?: boolean;
}

/** A file picker that says its button in the UI's language. */
export function FileButton({ accept, label, text, onFile, disabled = false }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {text}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
