import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  accountProjectsQuery,
  deleteAccountProjects,
  exportAccountProject,
  fetchAccountProject,
} from '../../api/account-projects';
import { harvestAvatars } from '../../domain/avatar-harvest';
import { importProject } from '../../domain/import';
import { problemText } from '../common/problem-text';
import type { ProjectListItem } from '../../domain/schema/account';
import { rememberUpstreamOrigin } from '../../store/persist/upstream-origins';
import { Dialog } from '../common/Dialog';
import { describeError } from '../common/describe-error';
import { useServices } from '../services';
import { EditExportSection } from './EditExportSection';

/**
 * The account's projects at AI Studios: open one into the editor (remembering it as the baseline
 * of an edit), export it as stored, delete it, and export the open one's edits.
 */
export function AccountProjectsDialog({
  onClose,
  onStarted,
  onFullExport,
}: {
  onClose: () => void;
  onStarted: () => void;
  onFullExport: () => void;
}) {
  const { t } = useTranslation();
  const { session, library, newId } = useServices();
  const client = useQueryClient();
  const list = useQuery(accountProjectsQuery());
  const [confirming, setConfirming] = useState<ProjectListItem | null>(null);
  const [error, setError] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['account-projects'] });

  const open = useMutation({
    mutationFn: async (item: ProjectListItem) => {
      const source = `AI Studios project ${item.id}`;
      const result = importProject(await fetchAccountProject(item.id), {
        sceneId: () => newId('scene'),
      });
      if (!result.ok)
        throw new Error(
          t('account.cannotOpen', {
            problems: result.error.problems.map(problemText).join(' '),
          }),
        );
      const key = await session.create(result.project, item.name ?? source);
      // The baseline is what AI Studios holds, built like any export: heights the editor measured
      // on opening differ from it and go out with the next edit-export.
      await rememberUpstreamOrigin(key, item.id, result.project);
      await library.add(harvestAvatars(result.project, source, Date.now())).catch(() => 0);
    },
    onSuccess: onClose,
    onError: (e) => setError(describeError(e)),
  });
  const render = useMutation({
    mutationFn: (id: string) => exportAccountProject(id),
    onSuccess: onStarted,
    onError: (e) => setError(describeError(e)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => deleteAccountProjects([id]),
    onSuccess: () => (setConfirming(null), refresh()),
    onError: (e) => setError(describeError(e)),
  });

  return (
    <Dialog title={t('account.aiStudiosProjects')} onClose={onClose} wide>
      <EditExportSection onStarted={onStarted} onFullExport={onFullExport} />
      <h2>{t('account.projectsInYourAiStudios')}</h2>
      {list.isPending && <p className="hint">{t('account.loadingProjects')}</p>}
      {list.isError && <p className="error-text">{describeError(list.error)}</p>}
      {error && <p className="error-text">{error}</p>}
      {confirming && (
        <div role="alertdialog" aria-label={t('account.confirmDelete')} className="row">
          <span>{t('account.confirmDeleteText', { name: confirming.name ?? confirming.id })}</span>
          <button
            className="danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate(confirming.id)}
          >
            {t('account.deleteAtAiStudios')}
          </button>
          <button onClick={() => setConfirming(null)}>{t('account.cancel')}</button>
        </div>
      )}
      <table className="data" aria-label={t('account.aiStudiosProjects')}>
        <thead>
          <tr>
            <th>{t('account.name')}</th>
            <th>{t('account.state')}</th>
            <th>{t('account.id')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.data?.map((p) => (
            <tr key={p.id} data-upstream-id={p.id}>
              <td>{p.name ?? t('account.noName')}</td>
              <td>
                {p.state ? t(`account.projectState.${p.state}`, { defaultValue: p.state }) : '–'}
                {p.download_url && (
                  <>
                    {' · '}
                    <a href={p.download_url} target="_blank" rel="noreferrer">
                      {t('account.video')}
                    </a>
                  </>
                )}
              </td>
              <td>
                <code>{p.id}</code>
              </td>
              <td>
                <button disabled={open.isPending} onClick={() => open.mutate(p)}>
                  {t('account.open')}
                </button>{' '}
                <button
                  disabled={render.isPending}
                  onClick={() => render.mutate(p.id)}
                  title={t('account.renderTheProjectAsIt')}
                >
                  {t('account.export')}
                </button>{' '}
                <button className="danger" onClick={() => setConfirming(p)}>
                  {t('account.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data?.length === 0 && <p className="hint">{t('account.noProjectsInThisAccount')}</p>}
    </Dialog>
  );
}
