import { alignClips, distributeClips, type AlignKind, type Axis } from '../domain/align';
import {
  addClips,
  findScene,
  isLocked,
  lockPatch,
  nextLayerOf,
  patchClips,
  removeClips,
  setLayerOrder,
  shiftLayer,
  type ClipPatch,
} from '../domain/clip-edits';
import type { Project } from '../domain/project';
import type { Clip } from '../domain/schema/clips';
import { selectActiveScene, selectSelectedClips, selectStageSize } from './selectors';
import type { EditorStore } from './editor-store';
import { createCommitter, createHistoryCommands } from './history';
import { createTextMeasure } from './text-measure';
import { createSceneCommands } from './scene-commands';
import { createInsertCommands } from './insert-commands';
import { createScriptCommands } from './script-commands';
import { createReflowCommands } from './reflow-commands';
import { createPlaybackCommands } from './playback-store';
import { createSessionCommands, createTransformCommands } from './transform-commands';

export interface CommandDeps {
  /** Fresh ids for clips and scenes; the app passes a random source, tests a counter. */
  newId: (prefix: string) => string;
}

export type Commands = ReturnType<typeof createCommands>;

/** Every entry point (toolbar, inspector, keyboard, canvas) edits through these. */
export function createCommands(store: EditorStore, deps: CommandDeps) {
  const { commit: write, endBurst, gestures } = createCommitter(store);
  const text = createTextMeasure(store);
  // Every write measures the text clips it touched, so a stored height is never stale.
  const commit = (next: Project, coalesce?: string) =>
    write(text.fit(store.getState().project, next), coalesce);
  const scene = () => selectActiveScene(store.getState());
  const sceneId = () => scene()?.id ?? '';
  const edit = (fn: (p: Project, sceneId: string) => Project, coalesce?: string) =>
    commit(fn(store.getState().project, sceneId()), coalesce);
  let clipboard: Clip[] = [];

  const select = (ids: string[]) => store.setState({ selection: ids });

  /**
   * Copies get fresh ids, an offset and the top layers. Avatars are left out: a scene has one, and
   * its script must name it (placing an avatar is `script.placeAvatar`).
   */
  const copyWithNewIds = (clips: Clip[], offset: number): Clip[] => {
    let layer = nextLayerOf(scene() ?? ({ clips: [] } as never));
    return clips
      .filter((clip) => clip.type !== 'aiModel')
      .map((clip) => {
        const id = deps.newId(clip.type);
        const moved =
          clip.type === 'audio'
            ? {}
            : { left: (clip.left ?? 0) + offset, top: (clip.top ?? 0) + offset, layer: layer++ };
        return { ...structuredClone(clip), id, name: id, ...moved } as Clip;
      });
  };

  const clips = {
    ...createTransformCommands(store, edit),
    select,
    selectAll: () =>
      select(
        scene()
          ?.clips.filter((c) => c.type !== 'audio')
          .map((c) => c.id) ?? [],
      ),
    clearSelection: () => select([]),
    /** One gesture (a drag, a resize, a rotate) ends in one call: one undo step. */
    transform: (patches: Record<string, ClipPatch>) => edit((p, s) => patchClips(p, s, patches)),
    /** Inspector fields and sliders: `coalesce` names the field so a burst is one step. */
    update: (clipId: string, patch: ClipPatch, coalesce?: string) =>
      edit((p, s) => patchClips(p, s, { [clipId]: patch }), coalesce),
    nudge: (dx: number, dy: number) => {
      const patches: Record<string, ClipPatch> = {};
      for (const c of selectSelectedClips(store.getState()))
        if (c.type !== 'audio' && !isLocked(c))
          patches[c.id] = { left: (c.left ?? 0) + dx, top: (c.top ?? 0) + dy };
      return edit((p, s) => patchClips(p, s, patches), 'nudge');
    },
    removeSelected: () => {
      const ids = store.getState().selection;
      if (edit((p, s) => removeClips(p, s, ids))) select([]);
    },
    remove: (ids: string[]) => edit((p, s) => removeClips(p, s, ids)),
    duplicateSelected: () => {
      const copies = copyWithNewIds(selectSelectedClips(store.getState()), 20);
      if (edit((p, s) => addClips(p, s, copies))) select(copies.map((c) => c.id));
    },
    copy: () => {
      clipboard = structuredClone(selectSelectedClips(store.getState()));
    },
    paste: () => {
      const copies = copyWithNewIds(clipboard, 20);
      if (copies.length && edit((p, s) => addClips(p, s, copies))) select(copies.map((c) => c.id));
      clipboard = copies.map((c) => structuredClone(c));
    },
    shiftLayer: (delta: number) => {
      const [only] = store.getState().selection;
      if (only) edit((p, s) => shiftLayer(p, s, only, delta));
    },
    setLayerOrder: (bottomToTop: string[]) => edit((p, s) => setLayerOrder(p, s, bottomToTop)),
    setLocked: (clipId: string, locked: boolean) =>
      edit((p, s) => patchClips(p, s, { [clipId]: lockPatch(locked) })),
    rename: (clipId: string, tag: string) =>
      edit(
        (p, s) => patchClips(p, s, { [clipId]: { tag: tag === '' ? undefined : tag } }),
        `tag:${clipId}`,
      ),
    align: (kind: AlignKind) =>
      edit((p, s) =>
        patchClips(
          p,
          s,
          alignClips(
            selectSelectedClips(store.getState()),
            kind,
            selectStageSize(store.getState()),
          ),
        ),
      ),
    distribute: (axis: Axis) =>
      edit((p, s) =>
        patchClips(p, s, distributeClips(selectSelectedClips(store.getState()), axis)),
      ),
  };

  return {
    ...createHistoryCommands(store, endBurst, text.refitAll),
    endBurst,
    gestures,
    /** The stage lends its text measure (same font, same layout) once it is mounted. */
    setTextMeasure: text.setMeasure,
    /** A web font arrived: texts measured with its fallback are measured again. */
    refitTexts: text.refitAll,
    clips,
    session: createSessionCommands(store),
    scenes: createSceneCommands(store, deps, commit),
    insert: createInsertCommands(store, deps, commit),
    script: createScriptCommands(store, deps, commit),
    reflow: createReflowCommands(store, commit),
    playback: createPlaybackCommands(store),
    /** Reads for commands that need the current scene without a React binding. */
    findScene: (id: string) => findScene(store.getState().project, id),
  };
}
