import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { jobsQuery, useJobEvents } from '../../api/jobs';
import type { Job } from '../../domain/schema/job';
import { Dialog } from '../common/Dialog';
import { describeError } from '../common/describe-error';
import { highlightJson } from '../json/highlight';
import { JobRow } from './JobRow';
import { jobMilestone, useAnnounceOnChange } from '../announcer/use-announce-on-change';

/** Every export the server recorded, live; it survives reloads because the server keeps them. */
export function JobsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [live, setLive] = useState(false);
  useJobEvents(setLive);
  const jobs = useQuery(jobsQuery(live));
  const [now, setNow] = useState(Date.now());
  const [shown, setShown] = useState<Job | null>(null);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const list = [...(jobs.data ?? [])].sort((a, b) => b.createdAt - a.createdAt);
  useAnnounceOnChange(jobMilestone(list[0]));

  return (
    <Dialog title={t('jobs.jobs')} onClose={onClose} wide>
      <p className="hint">
        {live ? t('jobs.liveUpdatesOn') : t('jobs.liveUpdatesUnavailableRefreshingEvery')}
      </p>
      {jobs.isError && <p className="error-text">{describeError(jobs.error)}</p>}
      {list.length === 0 && jobs.isSuccess && <p className="hint">{t('jobs.noExportsYet')}</p>}
      <table className="data" aria-label={t('jobs.jobs')}>
        <thead>
          <tr>
            <th>{t('jobs.job')}</th>
            <th>{t('jobs.progress')}</th>
            <th>{t('jobs.time')}</th>
            <th>{t('jobs.credits')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((job) => (
            <JobRow key={job.id} job={job} now={now} onShowRequest={setShown} />
          ))}
        </tbody>
      </table>
      {shown && (
        <>
          <h2>{t('jobs.requestSentFor', { name: shown.name || shown.id })}</h2>
          <pre className="json">{highlightJson(JSON.stringify(shown.request, null, 2))}</pre>
        </>
      )}
    </Dialog>
  );
}
