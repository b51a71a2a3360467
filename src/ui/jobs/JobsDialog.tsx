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
    <Dialog title="Jobs" onClose={onClose} wide>
      <p className="hint">
        {live ? 'Live updates on.' : 'Live updates unavailable; refreshing every 2 s.'}
      </p>
      {jobs.isError && <p className="error-text">{describeError(jobs.error)}</p>}
      {list.length === 0 && jobs.isSuccess && <p className="hint">No exports yet.</p>}
      <table className="data" aria-label="Jobs">
        <thead>
          <tr>
            <th>Job</th>
            <th>Progress</th>
            <th>Time</th>
            <th>Credits</th>
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
          <h2>Request sent for “{shown.name || shown.id}”</h2>
          <pre className="json">{highlightJson(JSON.stringify(shown.request, null, 2))}</pre>
        </>
      )}
    </Dialog>
  );
}
