import { useTranslation } from 'react-i18next';
import type { RunRow } from '../../merge/run';
import type { RunMessage } from '../../merge/run-messages';
import { ProgressBar } from '../jobs/JobRow';

export const rowPercent = (r: RunRow) =>
  r.status === 'done' || r.status === 'failed'
    ? 100
    : r.status === 'rendering'
      ? (r.progress ?? 0)
      : 0;

/** The run's own words in the user's language (`data.runMessage.*`); the server's as they came. */
export function useRunMessage() {
  const { t } = useTranslation();
  return (message: RunMessage | undefined, english: string | undefined) =>
    message ? t(`data.runMessage.${message.code}`, message.params) : (english ?? '');
}

/** Each row of the run: its status, progress, job and error. */
export function RunRows({ rows }: { rows: readonly RunRow[] }) {
  const { t } = useTranslation();
  const say = useRunMessage();
  return (
    <div style={{ overflow: 'auto', maxHeight: 260 }}>
      <table className="data" aria-label={t('data.runRows')}>
        <thead>
          <tr>
            <th>{t('data.row')}</th>
            <th>{t('data.status')}</th>
            <th style={{ width: 160 }}>{t('data.progress')}</th>
            <th>{t('data.job')}</th>
            <th>{t('data.error')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.rowNumber} data-row={r.rowNumber}>
              <td>{r.rowNumber}</td>
              <td>{t(`jobs.status.${r.status}`)}</td>
              <td>
                <ProgressBar
                  value={rowPercent(r)}
                  status={
                    r.status === 'failed'
                      ? t('data.failed')
                      : r.status === 'done'
                        ? t('data.done')
                        : t('data.rendering')
                  }
                />
              </td>
              <td>{r.jobId ?? ''}</td>
              <td>{say(r.errorMessage, r.error)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
