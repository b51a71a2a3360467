import { formatDateTime } from '../common/format';
import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useState } from 'react';
import type { StoredProject } from '../../domain/stored-project';
import type { ProjectSummary } from '../../store/persist/project-repository';
import { Dialog } from '../common/Dialog';
import { ownName, shownProjectName } from '../common/project-name';
import { useServices } from '../services';

export function ProjectsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { session } = useServices();
  const [list, setList] = useState<ProjectSummary[]>([]);
  const [deleted, setDeleted] = useState<StoredProject | null>(null);
  const [error, setError] = useState('');
  const openKey = session.current()?.key;
  const refresh = useCallback(
    () => session.list().then(setList, (e: Error) => setError(e.message)),
    [session],
  );
  useEffect(() => {
    void session.current()?.flush().then(refresh);
  }, [session, refresh]);

  /** Runs an action, refreshes the list, and reports (and returns false) on failure. */
  const act = (fn: () => Promise<unknown>) =>
    fn().then(
      () => (void refresh(), true),
      (e: Error) => (setError(e.message), false),
    );
  const actThenClose = (fn: () => Promise<unknown>) => act(fn).then((ok) => ok && onClose());

  return (
    <Dialog title={t('projects.projects')} onClose={onClose} wide>
      <div className="row">
        <button
          className="primary"
          onClick={() => actThenClose(() => session.createBlank('landscape'))}
        >
          {t('projects.newLandscape')}
        </button>
        <button onClick={() => actThenClose(() => session.createBlank('portrait'))}>
          {t('projects.newPortrait')}
        </button>
        <button onClick={() => actThenClose(() => session.createFromSample())}>
          {t('projects.newFromTheSample')}
        </button>
      </div>
      {deleted && (
        <p role="status">
          {t('projects.deletedTitle', { title: shownProjectName(deleted.title) })}{' '}
          <button
            onClick={() => act(() => session.undoRemove(deleted)).then(() => setDeleted(null))}
          >
            {t('projects.undo')}
          </button>
        </p>
      )}
      {error && <p className="error-text">{error}</p>}
      <table className="data" aria-label={t('projects.savedProjects')}>
        <thead>
          <tr>
            <th />
            <th>{t('projects.name')}</th>
            <th>{t('projects.scenes')}</th>
            <th>{t('projects.lastEdited')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr key={p.key} data-project-key={p.key}>
              <td style={{ width: 110 }}>
                {p.thumbnail ? <img src={p.thumbnail} alt="" style={{ width: 100 }} /> : null}
              </td>
              <td>
                <input
                  aria-label={t('projects.renameTitle', { title: shownProjectName(p.title) })}
                  defaultValue={ownName(p.title)}
                  placeholder={t('projects.untitled')}
                  onBlur={(e) => void act(() => session.rename(p.key, e.target.value))}
                  disabled={p.key === openKey}
                  title={p.key === openKey ? t('projects.renameTheOpenProjectIn') : undefined}
                />
                {p.key === openKey && <span className="hint"> {t('projects.open2')}</span>}
              </td>
              <td>{p.scenes}</td>
              <td>{formatDateTime(p.updatedAt)}</td>
              <td>
                <button
                  disabled={p.key === openKey}
                  onClick={() => actThenClose(() => session.open(p.key))}
                >
                  {t('projects.open')}
                </button>{' '}
                <button onClick={() => act(() => session.duplicate(p.key))}>
                  {t('projects.duplicate')}
                </button>{' '}
                <button
                  className="danger"
                  disabled={p.key === openKey}
                  onClick={() => act(async () => setDeleted((await session.remove(p.key)) ?? null))}
                >
                  {t('projects.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
