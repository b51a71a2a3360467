import type { Project } from '../project';
import type { TextClip } from '../schema/clips';
import type { PreflightIssue } from '../preflight/types';

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
      const how = wide
        ? `is ${Math.round(size.width)} px wide; the box is ${Math.round(clip.width)} px`
        : `needs ${Math.round(size.height)} px; the box holds ${Math.round(clip.height)} px`;
      out.push({
        severity: 'error',
        code: 'merge.overflow',
        message: `Row ${rowNumber}, scene ${s + 1}: "${close(clip.text)}" no longer fits its text box (it ${how}). Shorten the value, or make the box or the font fit.`,
        path: ['scenes', s, 'clips', c, 'text'],
        sceneIndex: s,
        clipId: clip.id,
        field: 'text',
      });
    }
  }
  return out;
}
