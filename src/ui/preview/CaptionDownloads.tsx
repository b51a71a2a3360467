import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project';
import { saveCaptions } from './caption-files';

/** Captions from the script, timed from the speech estimate (and said to be). */
export function CaptionDownloads({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <p className="hint" aria-label={t('preview.captions')}>
      {t('preview.captionsFromScript')}{' '}
      <button onClick={() => saveCaptions(project, 'srt')}>{t('preview.downloadSrt')}</button>{' '}
      <button onClick={() => saveCaptions(project, 'vtt')}>{t('preview.downloadWebvtt')}</button>
    </p>
  );
}
