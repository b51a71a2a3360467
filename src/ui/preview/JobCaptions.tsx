import { formatSecondsUnit } from '../common/format';
import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useState } from 'react';
import { downloadUrl } from '../../api/jobs';
import { parse } from '../../domain/parse';
import type { Job } from '../../domain/schema/job';
import { saveCaptions, type CaptionFormat } from './caption-files';

/** A rendered video's real length in seconds, read from its metadata (undefined until known). */
function useVideoSeconds(url: string | null): number | undefined {
  const [seconds, setSeconds] = useState<number>();
  useEffect(() => {
    if (!url) return;
    const video = document.createElement('video');
    video.preload = 'metadata';
    video.onloadedmetadata = () => {
      if (Number.isFinite(video.duration) && video.duration > 0) setSeconds(video.duration);
    };
    video.src = url;
    return () => {
      video.onloadedmetadata = null;
      video.removeAttribute('src');
      video.load();
    };
  }, [url]);
  return seconds;
}

/**
 * Captions for a job's project (from the request kept with it): estimated timing, and, once the
 * rendered video's length is known, cues re-timed to it.
 */
export function JobCaptions({ job }: { job: Job }) {
  const { t } = useTranslation();
  // The row re-renders every second while jobs run; the kept request does not change.
  const parsed = useMemo(
    () => (job.kind === 'project' && job.request !== undefined ? parse(job.request) : null),
    [job.kind, job.request],
  );
  const seconds = useVideoSeconds(job.status === 'done' ? downloadUrl(job.id) : null);
  const [format, setFormat] = useState<CaptionFormat>('srt');
  if (!parsed?.ok) return null;
  const project = { ...parsed.project, name: parsed.project.name ?? job.name ?? undefined };
  return (
    <span className="job-captions">
      <select
        aria-label={t('preview.captionFormat')}
        value={format}
        onChange={(e) => setFormat(e.target.value as CaptionFormat)}
      >
        <option value="srt">SRT</option>
        <option value="vtt">{t('preview.webvtt')}</option>
      </select>{' '}
      <button
        onClick={() => saveCaptions(project, format)}
        title={t('preview.timedFromTheSpeechEstimate')}
      >
        {t('preview.captionsEstimated')}
      </button>
      {seconds !== undefined && (
        <>
          {' '}
          <button
            onClick={() => saveCaptions(project, format, seconds)}
            title={t('preview.retimed', { duration: formatSecondsUnit(seconds) })}
          >
            {t('preview.captionsReTimedToVideo')}
          </button>
        </>
      )}
    </span>
  );
}
