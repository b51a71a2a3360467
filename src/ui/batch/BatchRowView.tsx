import { useTranslation } from 'react-i18next';
import { downloadUrl } from '../../api/jobs';
import type { OutfitChoice } from '../../domain/avatar-catalog';
import type { Job } from '../../domain/schema/job';
import type { BatchRow, BatchStore } from '../../store/batch-store';
import { ProgressBar } from '../jobs/JobRow';

export const rowProgress = (row: BatchRow, job: Job | undefined) => (job ? (job.progress ?? 0) : 0);
const rowStatus = (row: BatchRow, job: Job | undefined) => (job ? job.status : row.state);

interface Props {
  batch: BatchStore;
  row: BatchRow;
  index: number;
  job: Job | undefined;
  clothes: Pick<OutfitChoice, 'id' | 'label'>[];
}

/** One chroma-key job: editable until sent, then its progress and what can be done with it. */
export function BatchRowView({ batch, row, index, job, clothes }: Props) {
  const { t } = useTranslation();
  const editable = row.state === 'draft' || row.state === 'error' || row.state === 'cancelled';
  const status = rowStatus(row, job);
  const field = (
    name: 'language' | 'text' | 'model' | 'clothes',
    label: string,
    width: number | string,
    list?: string,
  ) => (
    <input
      aria-label={t('batch.rowField', { row: index + 1, field: label })}
      list={list}
      value={row[name]}
      disabled={!editable}
      style={{ width }}
      onChange={(e) => batch.patchRow(row.id, { [name]: e.target.value })}
    />
  );
  return (
    <tr data-row-state={status}>
      <td>{index + 1}</td>
      <td>{field('language', t('batch.field.language'), 48)}</td>
      <td>{field('text', t('batch.field.text'), '100%')}</td>
      <td>{field('model', t('batch.field.avatar'), 120, 'batch-models')}</td>
      <td>
        {field('clothes', t('batch.field.outfit'), 110, `clothes-${row.id}`)}
        <datalist id={`clothes-${row.id}`}>
          {clothes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </datalist>
      </td>
      <td>
        <ProgressBar value={rowProgress(row, job)} status={status} />
        <span className="hint">
          {t(`jobs.status.${status}`, { defaultValue: status })}
          {row.error ? `: ${row.error}` : job?.error ? `: ${job.error}` : ''}
        </span>
      </td>
      <td>
        {job?.status === 'done' && (
          <a className="button-link" href={downloadUrl(job.id)} download>
            {t('batch.download')}
          </a>
        )}
        {(row.state === 'error' || job?.status === 'failed') && (
          <button onClick={() => batch.retryRow(row.id)}>{t('batch.retry')}</button>
        )}
        {editable && (
          <button
            aria-label={t('batch.removeRow', { row: index + 1 })}
            onClick={() => batch.removeRow(row.id)}
          >
            ✕
          </button>
        )}
      </td>
    </tr>
  );
}
