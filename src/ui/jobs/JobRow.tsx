import i18next from 'i18next';
import { formatPercent, formatSecondsUnit } from '../common/format';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { downloadUrl, retryJob } from '../../api/jobs';
import { isStalled, type Job } from '../../domain/schema/job';
import { describeError } from '../common/describe-error';
import { JobCaptions } from '../preview/JobCaptions';

export const STALL_AFTER_MS = 60_000;

const elapsed = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${s % 60}s`;
};

export function ProgressBar({
  value,
  status,
  label,
}: {
  value: number;
  status: string;
  /** What the bar measures, for screen readers ("Progress of Two scenes"). */
  label?: string;
}) {
  return (
    <div
      className={`progress ${status}`}
      role="progressbar"
      aria-label={label ?? i18next.t('jobs.progress')}
      aria-valuenow={Math.round(value)}
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <div style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
    </div>
  );
}

export function JobRow({
  job,
  now,
  onShowRequest,
}: {
  job: Job;
  now: number;
  onShowRequest: (job: Job) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  const stalled = isStalled(job, now, STALL_AFTER_MS);
  const progress = job.progress ?? 0;
  const status = stalled ? 'stalled' : job.status;
  return (
    <tr data-job-id={job.id} data-status={status}>
      <td>
        <strong>{job.name || job.kind}</strong>
        <div className="hint">
          {job.kind}
          {job.projectId ? ` · ${job.projectId}` : ''}
        </div>
      </td>
      <td style={{ width: 220 }}>
        <ProgressBar
          value={progress}
          status={job.status}
          label={t('jobs.progressOf', { name: job.name || job.id })}
        />
        <div className="hint">
          {status === 'stalled'
            ? t('jobs.stalled', {
                seconds: formatSecondsUnit(STALL_AFTER_MS / 1000),
                percent: formatPercent(progress),
              })
            : t('jobs.statusProgress', {
                status: t(`jobs.status.${job.status}`, { defaultValue: job.status }),
                percent: formatPercent(progress),
              })}
          {job.error ? ` · ${job.error}` : ''}
        </div>
      </td>
      <td className="hint">
        {elapsed(
          (job.status === 'done' || job.status === 'failed' || job.status === 'saved'
            ? job.updatedAt
            : now) - job.createdAt,
        )}
      </td>
      <td className="hint">{job.credit ?? '—'}</td>
      <td>
        {job.status === 'done' && (
          <a href={downloadUrl(job.id)} download>
            <button>{t('jobs.download')}</button>
          </a>
        )}{' '}
        {(job.status === 'failed' || stalled) && (
          <button
            onClick={() => retryJob(job.id).catch((e: unknown) => setError(describeError(e)))}
          >
            {t('jobs.retry')}
          </button>
        )}{' '}
        {job.projectId && (
          <button onClick={() => navigator.clipboard.writeText(job.projectId ?? '')}>
            {t('jobs.copyId')}
          </button>
        )}{' '}
        {job.request !== undefined && (
          <button onClick={() => onShowRequest(job)}>{t('jobs.request')}</button>
        )}
        <JobCaptions job={job} />
        {error && <div className="error-text">{error}</div>}
      </td>
    </tr>
  );
}
