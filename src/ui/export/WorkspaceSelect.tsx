import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { workspacesQuery } from '../../api/catalog';

/** The account's workspaces (from `dropdown/workspaces`); '' means the default one. */
export function WorkspaceSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const workspaces = useQuery(workspacesQuery());
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('export.default')}</option>
      {workspaces.data?.map((w) => (
        <option key={w.workspaceId} value={w.workspaceId}>
          {w.workspaceName}
        </option>
      ))}
    </select>
  );
}
