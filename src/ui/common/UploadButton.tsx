import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { uploadFile } from '../../api/uploads';
import { describeError } from './describe-error';

interface Props {
  accept: string;
  label: string;
  onUploaded: (url: string, file: File) => void;
}

export function UploadButton({ accept, label, onUploaded }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <div style={{ marginTop: 6 }}>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('common.uploading') : label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        hidden
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setBusy(true);
          setError('');
          try {
            onUploaded(await uploadFile(file), file);
          } catch (err) {
            setError(describeError(err));
          } finally {
            setBusy(false);
          }
        }}
      />
      {error && <p className="error-text">{error}</p>}
    </div>
  );
}
