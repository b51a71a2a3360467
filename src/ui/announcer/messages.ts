import type { Project } from '../../domain/project';
import type { Clip } from '../../domain/schema/clips';

/** Every sentence the live region speaks, in one place (for translation). */
export const MESSAGES = {
  selected: (kind: string, name: string, position: number, count: number, scene: number) =>
    `${kind} '${name}', ${position} of ${count} on scene ${scene}`,
  selectedMany: (count: number) => `${count} clips selected`,
  selectionCleared: 'Nothing selected',
  moved: (left: number, top: number) => `Moved to ${left}, ${top}`,
  resized: (width: number, height: number) => `Resized to ${width} × ${height}`,
  rotated: (angle: number) => `Rotated to ${angle}°`,
  undid: (what: string) => `Undid: ${what}`,
  redid: (what: string) => `Redid: ${what}`,
  preflight: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? 'Preflight: no problems, ready to export'
      : `Preflight: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  exportStarted: 'Export started',
  exportProgress: (percent: number) => `Export ${percent}% done`,
  exportDone: 'Export finished: the video is ready',
  exportFailed: (reason: string) => `Export failed: ${reason}`,
  saveFailed: (reason: string) => `Not saved: ${reason}`,
  change: {
    move: 'move',
    resize: 'resize',
    rotate: 'rotate',
    add: 'add',
    delete: 'delete',
    layer: 'layer order',
    scenes: 'scene change',
    edit: 'edit',
  },
} as const;

type ChangeKind = keyof typeof MESSAGES.change;

const GEOMETRY: Record<string, ChangeKind> = {
  left: 'move',
  top: 'move',
  scaleX: 'resize',
  scaleY: 'resize',
  width: 'resize',
  angle: 'rotate',
  layer: 'layer',
};

/** The kind of a clip change, judged from which fields differ. */
function clipChange(a: Clip, b: Clip): ChangeKind {
  const before = a as unknown as Record<string, unknown>;
  const after = b as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const kinds = new Set<ChangeKind>();
  for (const key of keys)
    if (!Object.is(before[key], after[key])) kinds.add(GEOMETRY[key] ?? 'edit');
  kinds.delete('edit');
  // A resize of a text also moves its measured height; a move alone is left/top only.
  if (kinds.has('resize')) return 'resize';
  return kinds.size === 1 ? [...kinds][0]! : 'edit';
}

/** In words, what took `before` to `after` ("move", "delete"): for "Undid: move". */
export function describeChange(before: Project, after: Project): string {
  if (before.scenes.length !== after.scenes.length) return MESSAGES.change.scenes;
  for (let i = 0; i < before.scenes.length; i++) {
    const a = before.scenes[i]!;
    const b = after.scenes[i]!;
    if (a === b) continue;
    if (a.id !== b.id) return MESSAGES.change.scenes;
    if (a.clips.length !== b.clips.length)
      return MESSAGES.change[a.clips.length < b.clips.length ? 'add' : 'delete'];
    const byId = new Map(a.clips.map((c) => [c.id, c]));
    for (const clip of b.clips) {
      const old = byId.get(clip.id);
      if (old && old !== clip) return MESSAGES.change[clipChange(old, clip)];
    }
  }
  return MESSAGES.change.edit;
}
