import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { uploadFile } from '../../api/uploads';
import { describeError } from './describe-error';
import { FileButton } from './FileButton';

interface Props {
  accept: string;
  label: string;
  onUploaded: (url: string, file: File) => void;
}

export function UploadButton({ accept, label, onUploaded }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <div style={{ marginTop: 6 }}>
      <FileButton
        accept={accept}
        label={label}
        text={busy ? t('common.uploading') : label}
        disabled={busy}
        onFile={async (file) => {
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
