import type { Project } from '../../domain/project';
import { saveCaptions } from './caption-files';

/** Captions from the script, timed from the speech estimate (and said to be). */
export function CaptionDownloads({ project }: { project: Project }) {
  return (
    <p className="hint" aria-label="Captions">
      Captions from the script (timing estimated):{' '}
      <button onClick={() => saveCaptions(project, 'srt')}>Download SRT</button>{' '}
      <button onClick={() => saveCaptions(project, 'vtt')}>Download WebVTT</button>
    </p>
  );
}
