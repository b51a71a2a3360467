import { useCallback, useEffect, useState } from 'react';
import type { StoredProject } from '../../domain/stored-project';
import type { ProjectSummary } from '../../store/persist/project-repository';
import { Dialog } from '../common/Dialog';
import { useServices } from '../services';

export function ProjectsDialog({ onClose }: { onClose: () => void }) {
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
    <Dialog title="Projects" onClose={onClose} wide>
      <div className="row">
        <button
          className="primary"
          onClick={() => actThenClose(() => session.createBlank('landscape'))}
        >
          New landscape
        </button>
        <button onClick={() => actThenClose(() => session.createBlank('portrait'))}>
          New portrait
        </button>
        <button onClick={() => actThenClose(() => session.createFromSample())}>
          New from the sample
        </button>
      </div>
      {deleted && (
        <p role="status">
          Deleted “{deleted.title}”.{' '}
          <button
            onClick={() => act(() => session.undoRemove(deleted)).then(() => setDeleted(null))}
          >
            Undo
          </button>
        </p>
      )}
      {error && <p className="error-text">{error}</p>}
      <table className="data" aria-label="Saved projects">
        <thead>
          <tr>
            <th />
            <th>Name</th>
            <th>Scenes</th>
            <th>Last edited</th>
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
                  aria-label={`Rename ${p.title}`}
                  defaultValue={p.title}
                  onBlur={(e) => void act(() => session.rename(p.key, e.target.value))}
                  disabled={p.key === openKey}
                  title={p.key === openKey ? 'Rename the open project in the toolbar' : undefined}
                />
                {p.key === openKey && <span className="hint"> (open)</span>}
              </td>
              <td>{p.scenes}</td>
              <td>{new Date(p.updatedAt).toLocaleString()}</td>
              <td>
                <button
                  disabled={p.key === openKey}
                  onClick={() => actThenClose(() => session.open(p.key))}
                >
                  Open
                </button>{' '}
                <button onClick={() => act(() => session.duplicate(p.key))}>Duplicate</button>{' '}
                <button
                  className="danger"
                  disabled={p.key === openKey}
                  onClick={() => act(async () => setDeleted((await session.remove(p.key)) ?? null))}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
