import { useEffect } from 'react';
import type { Job } from '../../domain/schema/job';
import { useAnnounce } from './announcer';
import { MESSAGES } from './messages';

/** Speaks `message` whenever it changes (and once when shown); '' says nothing. */
export function useAnnounceOnChange(message: string) {
  const announce = useAnnounce();
  useEffect(() => {
    if (message) announce(message);
  }, [announce, message]);
}

/** The milestone an export has reached: started, each quarter, finished or failed. */
export function jobMilestone(job: Job | undefined): string {
  if (!job) return '';
  if (job.status === 'queued') return MESSAGES.exportStarted;
  if (job.status === 'rendering') {
    const quarter = Math.floor((job.progress ?? 0) / 25) * 25;
    return quarter > 0 ? MESSAGES.exportProgress(quarter) : MESSAGES.exportStarted;
  }
  if (job.status === 'failed') return MESSAGES.exportFailed(job.error ?? '');
  return MESSAGES.exportDone;
}
