import type { Box } from '../domain/geometry';
import { avatarHeadBox } from '../domain/geometry';
import { absoluteTransformOf } from './gesture-commit';
import type { Reconciler } from './reconciler';

/**
 * Head boxes of the scene's avatars, from each stage object's live transform (so the guide follows
 * a drag before the store knows about it).
 */
export function faceBoxes(reconciler: Reconciler): Box[] {
  const boxes: Box[] = [];
  for (const [id, clip] of reconciler.clips) {
    if (clip.type !== 'aiModel') continue;
    const obj = reconciler.objects.get(id);
    const live = obj ? absoluteTransformOf(obj, clip.angle ?? 0) : clip;
    const box = avatarHeadBox({ ...clip, ...live });
    if (box) boxes.push(box);
  }
  return boxes;
}
