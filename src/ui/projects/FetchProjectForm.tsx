import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { z } from 'zod';
import { call } from '../../api/client';
import { describeError } from '../common/describe-error';

/** Opens a project stored at AI Studios by id, through our server's `GET editor/project/:id`. */
export function FetchProjectForm({
  onFetched,
}: {
  onFetched: (project: unknown, id: string) => void;
}) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError('');
        try {
          const data = await call(
            `/api/odin/v3/editor/project/${encodeURIComponent(id.trim())}`,
            z.unknown(),
          );
          onFetched(data, id.trim());
        } catch (err) {
          setError(describeError(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2>{t('projects.byAiStudiosProjectId')}</h2>
      <div className="row">
        <input
          aria-label={t('projects.aiStudiosProjectId')}
          placeholder={t('projects.65fa6b07dca2e367461a2925')}
          value={id}
          onChange={(e) => setId(e.target.value)}
        />
        <button type="submit" disabled={!id.trim() || busy}>
          {busy ? t('projects.fetching') : t('projects.open')}
        </button>
      </div>
      {error && <p className="error-text">{error}</p>}
    </form>
  );
}
