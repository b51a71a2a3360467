import i18next from 'i18next';
import { FOCUS_FALLBACK } from '../common/focus-rescue';
import { formatElapsed, formatPercent } from '../common/format';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { downloadUrl, retryJob } from '../../api/jobs';
import type { Job } from '../../domain/schema/job';
import { describeError } from '../common/describe-error';
import { JobCaptions } from '../preview/JobCaptions';
import { JobAdvice } from './JobAdvice';

export function ProgressBar({
  value,
  status,
  label,
  focusFallback,
}: {
  value: number;
  status: string;
  /** What the bar measures, for screen readers ("Progress of Two scenes"). */
  label?: string;
  /** Where its dialog puts focus when the focused control is disabled (see Dialog). */
  focusFallback?: boolean;
}) {
  return (
    <div
      {...(focusFallback ? { ...FOCUS_FALLBACK, tabIndex: -1 } : {})}
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
  const progress = job.progress ?? 0;
  const finished = job.status === 'done' || job.status === 'failed' || job.status === 'saved';
  const retry = (confirmStalled: boolean) =>
    retryJob(job.id, { confirmStalled }).catch((e: unknown) => setError(describeError(e)));
  return (
    <tr data-job-id={job.id} data-status={job.status}>
      <td>
        <strong>{job.name || t(`jobs.kind.${job.kind}`)}</strong>
        <div className="hint">
          {t(`jobs.kind.${job.kind}`)}
          {job.projectId ? ` · ${job.projectId}` : ''}
        </div>
      </td>
      <td style={{ width: 260 }}>
        <ProgressBar
          value={progress}
          status={job.status}
          label={t('jobs.progressOf', { name: job.name || job.id })}
        />
        <div className="hint">
          {t('jobs.statusProgress', {
            status: t(`jobs.state.${job.status}`),
            percent: formatPercent(progress),
          })}
          {job.error ? ` · ${job.error}` : ''}
        </div>
        <JobAdvice job={job} />
      </td>
      <td className="hint">{formatElapsed((finished ? job.updatedAt : now) - job.createdAt)}</td>
      <td className="hint">{job.credit ?? '—'}</td>
      <td>
        {job.status === 'done' && (
          <a className="button-link" href={downloadUrl(job.id)} download>
            {t('jobs.download')}
          </a>
        )}{' '}
        {job.status === 'failed' && (
          <button onClick={() => void retry(false)}>{t('jobs.retry')}</button>
        )}
        {job.status === 'stalled' && (
          <button
            onClick={() => {
              if (window.confirm(t('jobs.confirmSendAgain'))) void retry(true);
            }}
          >
            {t('jobs.sendAgain')}
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
