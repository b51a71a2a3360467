import type { Job } from '../../domain/schema/job';

/** What a status means for the user and what they can do, for the states that need a word. */
export function JobAdvice({ job }: { job: Job }) {
  switch (job.status) {
    case 'unknown':
      return (
        <p className="hint" role="note">
          AI Studios did not confirm this export in time. It may already be rendering (and be
          charged), so it is not sent again. The server is asking AI Studios and this row updates by
          itself; if the export never arrived, it turns to failed with “nothing was charged” and you
          can retry it.
        </p>
      );
    case 'stalled':
      return (
        <p className="hint" role="note">
          No progress since{' '}
          {job.lastProgressAt ? new Date(job.lastProgressAt).toLocaleTimeString() : 'it was sent'}.
          AI Studios may still finish it; the server keeps checking, more slowly. You can wait, or
          send it again (a second render, which may be charged again).
        </p>
      );
    case 'submitting':
      return (
        <p className="hint" role="note">
          Being sent to AI Studios.
        </p>
      );
    default:
      return null;
  }
}
