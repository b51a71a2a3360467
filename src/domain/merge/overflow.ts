import type { Project } from '../project';
import type { TextClip } from '../schema/clips';
import type { PreflightIssue } from '../preflight/types';
import { mergeIssue } from './messages';

/**
 * The stage's text measurement (wrapping at the clip's width, with its font): the size of the
 * laid-out text in stage pixels, before the clip's scale. Injected so the domain stays pure.
 */
export type MeasureText = (clip: TextClip) => { width: number; height: number };

/** Layout differences under a pixel or two are rounding, not overflow. */
const SLACK = 1.02;
const close = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Text clips that no longer fit the box the designer drew, with this row's values. */
export function overflowIssues(
  project: Project,
  clipIds: ReadonlySet<string>,
  measure: MeasureText,
  rowNumber: number,
): PreflightIssue[] {
  const out: PreflightIssue[] = [];
  for (const [s, scene] of project.scenes.entries()) {
    for (const [c, clip] of scene.clips.entries()) {
      if (clip.type !== 'textImage' || !clipIds.has(clip.id)) continue;
      const size = measure(clip);
      const wide = size.width > clip.width * SLACK + 1;
      const tall = size.height > clip.height * SLACK + 1;
      if (!wide && !tall) continue;
      const params = {
        row: rowNumber,
        scene: s + 1,
        text: close(clip.text),
        ...(wide
          ? { size: Math.round(size.width), box: Math.round(clip.width) }
          : { size: Math.round(size.height), box: Math.round(clip.height), context: 'tall' }),
      };
      out.push(
        mergeIssue('error', 'merge.overflow', params, {
          path: ['scenes', s, 'clips', c, 'text'],
          sceneIndex: s,
          clipId: clip.id,
          field: 'text',
        }),
      );
    }
  }
  return out;
}
