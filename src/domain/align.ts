import type { ClipPatch } from './clip-edits';
import { renderedBox, type Box as GeoBox } from './geometry';
import type { Clip } from './schema/clips';

export type AlignKind = 'left' | 'hcenter' | 'right' | 'top' | 'vmiddle' | 'bottom';
export type Axis = 'horizontal' | 'vertical';

type Box = GeoBox & { id: string };

const boxOf = (clip: Clip): Box => ({ id: clip.id, ...renderedBox(clip) });

/**
 * Aligns clips to the box around them; a single clip aligns to the stage instead, which is what
 * users mean by "centre this".
 */
export function alignClips(
  clips: Clip[],
  kind: AlignKind,
  stage: { width: number; height: number },
) {
  const boxes = clips.map(boxOf);
  if (boxes.length === 0) return {};
  const bounds =
    boxes.length === 1
      ? { left: 0, top: 0, right: stage.width, bottom: stage.height }
      : {
          left: Math.min(...boxes.map((b) => b.left)),
          top: Math.min(...boxes.map((b) => b.top)),
          right: Math.max(...boxes.map((b) => b.left + b.width)),
          bottom: Math.max(...boxes.map((b) => b.top + b.height)),
        };
  const patches: Record<string, ClipPatch> = {};
  for (const b of boxes) {
    const at: Record<AlignKind, ClipPatch> = {
      left: { left: bounds.left },
      hcenter: { left: (bounds.left + bounds.right - b.width) / 2 },
      right: { left: bounds.right - b.width },
      top: { top: bounds.top },
      vmiddle: { top: (bounds.top + bounds.bottom - b.height) / 2 },
      bottom: { top: bounds.bottom - b.height },
    };
    patches[b.id] = at[kind];
  }
  return patches;
}

/** Equal gaps between clips along an axis; the outermost two stay where they are. */
export function distributeClips(clips: Clip[], axis: Axis): Record<string, ClipPatch> {
  if (clips.length < 3) return {};
  const pos = axis === 'horizontal' ? 'left' : 'top';
  const size = axis === 'horizontal' ? 'width' : 'height';
  const boxes = clips.map(boxOf).sort((a, b) => a[pos] - b[pos]);
  const first = boxes[0] as Box;
  const last = boxes[boxes.length - 1] as Box;
  const span = last[pos] + last[size] - first[pos];
  const used = boxes.reduce((sum, b) => sum + b[size], 0);
  const gap = (span - used) / (boxes.length - 1);
  const patches: Record<string, ClipPatch> = {};
  let cursor = first[pos];
  for (const b of boxes) {
    patches[b.id] = { [pos]: cursor };
    cursor += b[size] + gap;
  }
  return patches;
}
