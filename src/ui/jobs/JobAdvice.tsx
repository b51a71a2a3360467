import { useTranslation } from 'react-i18next';
import type { Job } from '../../domain/schema/job';
import { formatTime } from '../common/format';

/** What a status means for the user and what they can do, for the states that need a word. */
export function JobAdvice({ job }: { job: Job }) {
  const { t } = useTranslation();
  switch (job.status) {
    case 'unknown':
      return (
        <p className="hint" role="note">
          {t('jobs.advice.unknown')}
        </p>
      );
    case 'stalled':
      return (
        <p className="hint" role="note">
          {job.lastProgressAt
            ? t('jobs.advice.stalledSince', { time: formatTime(job.lastProgressAt) })
            : t('jobs.advice.stalledSinceSent')}
        </p>
      );
    case 'submitting':
      return (
        <p className="hint" role="note">
          {t('jobs.advice.submitting')}
        </p>
      );
    default:
      return null;
  }
}
