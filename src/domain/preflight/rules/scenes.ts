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
          ? `${sceneName(s)} has sceneIdx ${scene.sceneIdx} but is scene ${s + 1} in the list. The docs call sceneIdx the scene's sequence; Scenewright sends the scenes in list order with the index as it came. Move a scene to number them again.`
          : `${sceneName(s)} repeats sceneIdx ${scene.sceneIdx} of ${sceneName(first)}, as the vendor's JSON-template tutorial does. The docs call sceneIdx the scene's sequence; Scenewright sends the scenes in list order with the index as it came. Move a scene to number them again.`,
        ['scenes', s, 'sceneIdx'],
      ),
    );
  }
  return out;
};
