import { issue, sceneName, type Rule } from '../issue';
import type { PreflightIssue } from '../types';

/**
 * `sceneIdx` is "Sequence of the scene" (1.6.x "Create project and export"), yet the JSON-template
 * tutorial and the sample repository send 0 for both of their scenes. Scenewright keeps what came
 * and sends scenes in array order; a repeated or out-of-order index is only a warning.
 */
export const sceneIndexRule: Rule = (request) => {
  const out: PreflightIssue[] = [];
  const firstAt = new Map<number, number>();
  for (const [s, scene] of request.scenes.entries()) {
    const first = firstAt.get(scene.sceneIdx);
    if (first === undefined) {
      firstAt.set(scene.sceneIdx, s);
      if (scene.sceneIdx === s) continue;
    }
    out.push(
      issue(
        'warning',
        'scene.index-order',
        first === undefined
          ? { subject: sceneName(s), value: scene.sceneIdx, position: s + 1 }
          : { subject: sceneName(s), value: scene.sceneIdx, first: first + 1, context: 'repeated' },
        ['scenes', s, 'sceneIdx'],
      ),
    );
  }
  return out;
};
