import type { Project } from './project';
import { sceneSeconds } from './speech';

/** One scene's span on the preview timeline, in seconds from the start of the project. */
export interface SceneSpan {
  sceneId: string;
  index: number;
  start: number;
  end: number;
}

export interface Timeline {
  spans: SceneSpan[];
  total: number;
}

/**
 * Scenes back to back, each as long as its speech: the estimate, or a real duration from
 * `known` (seconds by scene id) when one is known. `onlySceneId` gives a one-scene timeline.
 */
export function buildTimeline(
  project: Pick<Project, 'scenes'>,
  options: { known?: Record<string, number>; onlySceneId?: string } = {},
): Timeline {
  const spans: SceneSpan[] = [];
  let at = 0;
  for (const [index, scene] of project.scenes.entries()) {
    if (options.onlySceneId !== undefined && scene.id !== options.onlySceneId) continue;
    const known = options.known?.[scene.id];
    const seconds = known !== undefined && known > 0 ? known : sceneSeconds(scene);
    spans.push({ sceneId: scene.id, index, start: at, end: at + seconds });
    at += seconds;
  }
  return { spans, total: at };
}

/** The scene showing at `time` (clamped to the timeline) and the time inside it. */
export function locate(
  timeline: Timeline,
  time: number,
): { span: SceneSpan; local: number } | undefined {
  const { spans, total } = timeline;
  if (!spans.length) return undefined;
  const t = Math.min(Math.max(0, time), total);
  const span = spans.find((s) => t < s.end) ?? spans[spans.length - 1]!;
  return { span, local: t - span.start };
}
