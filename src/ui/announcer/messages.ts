import i18next from 'i18next';
import type { Project } from '../../domain/project';
import type { Clip } from '../../domain/schema/clips';
import { EDIT_MESSAGES } from './edit-messages';

/** Every sentence the live region speaks, in one place (for translation). */
const t = i18next.t;
const change = (kind: string) => t(`announce.change.${kind}`);

export const MESSAGES = {
  selected: (kind: string, name: string, position: number, count: number, scene: number) =>
    t('announce.selected', { kind, name, position, count, scene }),
  selectedMany: (count: number) => t('announce.selectedMany', { count }),
  get selectionCleared() {
    return t('announce.selectionCleared');
  },
  moved: (left: number, top: number) => t('announce.moved', { left, top }),
  resized: (width: number, height: number) => t('announce.resized', { width, height }),
  rotated: (angle: number) => t('announce.rotated', { angle }),
  undid: (what: string) => t('announce.undid', { what }),
  redid: (what: string) => t('announce.redid', { what }),
  preflight: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? t('announce.preflightClean')
      : t('announce.preflight', {
          errors: t('announce.errors', { count: errors }),
          warnings: t('announce.warnings', { count: warnings }),
        }),
  get exportStarted() {
    return t('announce.exportStarted');
  },
  exportProgress: (percent: number) => t('announce.exportProgress', { percent }),
  get exportDone() {
    return t('announce.exportDone');
  },
  exportFailed: (reason: string) => t('announce.exportFailed', { reason }),
  saveFailed: (reason: string) => t('announce.saveFailed', { reason }),
  change: {
    get move() {
      return change('move');
    },
    get resize() {
      return change('resize');
    },
    get rotate() {
      return change('rotate');
    },
    get add() {
      return change('add');
    },
    get delete() {
      return change('delete');
    },
    get layer() {
      return change('layer');
    },
    get scenes() {
      return change('scenes');
    },
    get edit() {
      return change('edit');
    },
  },
};

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
  // A resize of a text also moves its measured height, and a turn in place (the handle, the keys,
  // the Angle field) moves left/top: a move alone is left/top only.
  if (kinds.has('resize')) return 'resize';
  if (kinds.has('rotate')) return 'rotate';
  return kinds.size === 1 ? [...kinds][0]! : 'edit';
}

/** "add scene 3" or "delete scene 2": the scene one of `before` and `after` lacks. */
function sceneCountChange(before: Project, after: Project): string {
  const added = after.scenes.length > before.scenes.length;
  const [fewer, more] = added ? [before, after] : [after, before];
  const known = new Set(fewer.scenes.map((s) => s.id));
  const index = more.scenes.findIndex((s) => !known.has(s.id));
  if (index < 0) return MESSAGES.change.scenes;
  return EDIT_MESSAGES.sceneChange(added ? 'added' : 'deleted', index + 1);
}

/** In words, what took `before` to `after` ("move", "delete"): for "Undid: move". */
export function describeChange(before: Project, after: Project): string {
  if (before.scenes.length !== after.scenes.length) return sceneCountChange(before, after);
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
