import {
  projectCues,
  retimeCues,
  RETIMED_NOTE,
  ESTIMATED_NOTE,
  toSrt,
  toVtt,
} from '../../domain/captions';
import type { Project } from '../../domain/project';
import { saveFile } from '../common/save-file';

export type CaptionFormat = 'srt' | 'vtt';

const safeName = (name: string | undefined) =>
  (name ?? '').trim().replace(/[\\/:*?"<>|]+/g, '_') || 'captions';

/**
 * Saves the project's captions. Timing comes from the speech estimate unless `realSeconds` (a
 * rendered video's length) is given; the file name says which.
 */
export function saveCaptions(project: Project, format: CaptionFormat, realSeconds?: number) {
  const estimated = projectCues(project);
  const cues = realSeconds ? retimeCues(estimated, realSeconds) : estimated;
  const text =
    format === 'srt' ? toSrt(cues) : toVtt(cues, realSeconds ? RETIMED_NOTE : ESTIMATED_NOTE);
  const kind = realSeconds ? 'retimed' : 'estimated';
  saveFile(
    new Blob([text], { type: format === 'srt' ? 'application/x-subrip' : 'text/vtt' }),
    `${safeName(project.name)}.${kind}.${format}`,
  );
}
