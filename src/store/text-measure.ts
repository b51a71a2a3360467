import type { Project, Scene } from '../domain/project';
import type { Clip, TextClip } from '../domain/schema/clips';
import type { EditorStore } from './editor-store';

/** The rendered height (design px) of a text clip laid out at its wrap width; from the stage. */
export type TextMeasure = (clip: TextClip) => number | undefined;

/** Fields whose change re-flows the text. */
const FLOW_FIELDS = ['text', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'width'] as const;

const reflows = (before: TextClip | undefined, after: TextClip) =>
  !before || FLOW_FIELDS.some((f) => before[f] !== after[f]);

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * Keeps every text clip's stored `height` equal to its rendered text. Applied to each write before
 * it becomes an undo step, so the height changes in the same step as the text, font or size.
 */
export function createTextMeasure(store: EditorStore) {
  let measure: TextMeasure | null = null;
  /**
   * Heights by what decides them, valid until the fonts change: undo re-checks every text of the
   * project (its step may predate a web font), and laying them all out again costs more than the
   * step itself.
   */
  const heights = new Map<string, number | undefined>();
  const measured = (clip: TextClip) => {
    if (!measure) return undefined;
    const key = JSON.stringify(FLOW_FIELDS.map((f) => clip[f] ?? null));
    if (heights.has(key)) return heights.get(key);
    if (heights.size >= 10_000) heights.clear();
    const height = measure(clip);
    heights.set(key, height);
    return height;
  };

  const fitClip = (clip: Clip, before: Clip | undefined, force: boolean): Clip => {
    if (clip.type !== 'textImage' || !measure) return clip;
    if (!force && !reflows(before as TextClip | undefined, clip)) return clip;
    const height = measured(clip);
    if (height === undefined || !Number.isFinite(height)) return clip;
    const h = round(height);
    return Math.abs(h - (clip.height ?? 0)) < 1e-3 ? clip : { ...clip, height: h };
  };

  const fitScene = (scene: Scene, before: Scene | undefined, force: boolean): Scene => {
    if (!force && scene === before) return scene;
    const old = new Map(before?.clips.map((c) => [c.id, c]));
    let changed = false;
    const clips = scene.clips.map((c) => {
      const prev = old.get(c.id);
      if (!force && prev === c) return c;
      const fitted = fitClip(c, prev, force);
      changed ||= fitted !== c;
      return fitted;
    });
    return changed ? { ...scene, clips } : scene;
  };

  /** Texts of `next` that an edit from `before` changed, measured; unchanged scenes kept. */
  const fitProject = (before: Project, next: Project): Project => {
    if (!measure || before === next) return next;
    const old = new Map(before.scenes.map((s) => [s.id, s]));
    let changed = false;
    const scenes = next.scenes.map((s) => {
      const fitted = fitScene(s, old.get(s.id), false);
      changed ||= fitted !== s;
      return fitted;
    });
    return changed ? { ...next, scenes } : next;
  };

  /**
   * Scenes already checked against the fonts in use, each to its fitted self. Scenes are immutable
   * and an undo lands on scenes seen before, so a step checks only the scenes new to this map, not
   * every text of the project.
   */
  let checked = new WeakMap<Scene, Scene>();
  const refitScene = (scene: Scene): Scene => {
    const known = checked.get(scene);
    if (known) return known;
    const fitted = fitScene(scene, undefined, true);
    checked.set(scene, fitted);
    checked.set(fitted, fitted);
    return fitted;
  };

  /**
   * Measures every text of the open document again without an undo step: the document on screen
   * was opened before the stage could measure, or a web font arrived after it was measured.
   */
  const refitAll = () => {
    const { project } = store.getState();
    if (!measure) return;
    let changed = false;
    const scenes = project.scenes.map((s) => {
      const fitted = refitScene(s);
      changed ||= fitted !== s;
      return fitted;
    });
    if (!changed) return;
    const history = store.temporal.getState();
    history.pause();
    store.setState({ project: { ...project, scenes } });
    history.resume();
  };

  return {
    fit: fitProject,
    /** After undo and redo: heights measured with the fonts in use now (cached). */
    refitAll,
    /** A web font arrived: every height is measured again. */
    fontsChanged: () => {
      heights.clear();
      checked = new WeakMap();
      refitAll();
    },
    setMeasure: (next: TextMeasure | null) => {
      measure = next;
      heights.clear();
      checked = new WeakMap();
      if (next) refitAll();
    },
  };
}
