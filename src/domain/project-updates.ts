import { UPDATE_TYPES, type ProjectUpdate, type UpdateType } from './schema/edit-project';
import { orgToPlainText } from './script-edits';

/**
 * What `POST editor/project/{projectId}` can say about an edit. Its `updates.value[]` names a
 * clip only by scene index and type, so a change is expressible only where that pair points at
 * one clip, and only for fields the entry can carry. Everything else is reported in words so the
 * user can choose a full new export instead.
 */
type Json = unknown;
type Obj = Record<string, Json>;
interface SceneLike {
  clips?: readonly Obj[];
  scripts?: readonly Obj[];
  background?: Obj;
  [key: string]: Json;
}
export interface RequestLike {
  scenes: readonly SceneLike[];
  [key: string]: Json;
}

export interface UpdatesDiff {
  updates: ProjectUpdate[];
  /** Why the edit cannot be sent as updates; empty when it can. */
  inexpressible: string[];
}

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON equality, key order ignored. */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameJson(x, b[i]))
    );
  if (!isObj(a) || !isObj(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
}

/** Request fields that are options of the edit request itself, not content. */
const EDIT_OPTIONS = new Set(['isExport', 'workspaceId', 'resolution', 'webhookUrl']);
/** Clip fields an update cannot change: they identify the clip. */
const IDENTITY = new Set(['id', 'type']);
/** Scene fields compared separately (or recomputed by build). */
const SCENE_PARTS = new Set(['clips', 'scripts', 'background', 'sceneIdx']);

const sceneName = (i: number) => `Scene ${i + 1}`;

function changedFields(
  before: Obj,
  after: Obj,
  skip: Set<string>,
): { values: Obj; removed: string[] } {
  const values: Obj = {};
  const removed: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (skip.has(key) || sameJson(before[key], after[key])) continue;
    if (!(key in after)) removed.push(key);
    else values[key] = structuredClone(after[key]);
  }
  return { values, removed };
}

/** Speech text of a scene wherever the request carries it: `scripts[].org`, else the avatar clip's `script.org`. */
function speechOf(scene: SceneLike): string[] {
  const scripts = (scene.scripts ?? []).map((s) => (typeof s.org === 'string' ? s.org : ''));
  if (scripts.length > 0) return scripts;
  const avatar = (scene.clips ?? []).find((c) => c.type === 'aiModel');
  const org = isObj(avatar?.script) ? avatar.script.org : undefined;
  return typeof org === 'string' ? [org] : [];
}

/** Script changes other than the text (voice, ids): not expressible. */
function scriptMetaChanged(before: SceneLike, after: SceneLike): boolean {
  const strip = (list: readonly Obj[] | undefined) =>
    (list ?? []).map(({ org: _org, ...rest }) => rest);
  return !sameJson(strip(before.scripts), strip(after.scripts));
}

function diffScene(i: number, before: SceneLike, after: SceneLike, out: UpdatesDiff) {
  const say = (text: string) => out.inexpressible.push(`${sceneName(i)}: ${text}`);
  const extra = changedFields(before, after, SCENE_PARTS);
  if (Object.keys(extra.values).length || extra.removed.length)
    say(`scene settings changed (${[...Object.keys(extra.values), ...extra.removed].join(', ')}).`);

  const beforeClips = before.clips ?? [];
  const afterClips = after.clips ?? [];
  const ids = (list: readonly Obj[]) => list.map((c) => String(c.id));
  const added = ids(afterClips).filter((id) => !ids(beforeClips).includes(id));
  const gone = ids(beforeClips).filter((id) => !ids(afterClips).includes(id));
  if (added.length)
    say(`clips added (${added.join(', ')}); an update can only change existing clips.`);
  if (gone.length) say(`clips removed (${gone.join(', ')}); an update cannot remove a clip.`);

  const countOf = (type: Json) => beforeClips.filter((c) => c.type === type).length;
  const perType = new Map<UpdateType, Obj>();
  const put = (type: UpdateType, values: Obj) =>
    perType.set(type, { ...(perType.get(type) ?? {}), ...values });

  for (const old of beforeClips) {
    const now = afterClips.find((c) => c.id === old.id);
    if (!now) continue;
    const label = `clip "${String(old.id)}"`;
    if (now.type !== old.type) {
      say(`${label} changed type.`);
      continue;
    }
    const { values, removed } = changedFields(
      old,
      now,
      new Set([...IDENTITY, ...(old.type === 'aiModel' ? ['script'] : [])]),
    );
    if (removed.length) say(`${label}: fields removed (${removed.join(', ')}).`);
    if (Object.keys(values).length === 0) continue;
    const type = old.type as UpdateType;
    if (!UPDATE_TYPES.includes(type))
      say(`${label} is of type "${String(old.type)}", which an update cannot name.`);
    else if (countOf(old.type) > 1)
      say(
        `${label}: the scene has ${countOf(old.type)} ${String(old.type)} clips and an update names a clip only by its type, so it cannot say which one.`,
      );
    else put(type, values);
  }

  const speechBefore = speechOf(before);
  const speechAfter = speechOf(after);
  if (scriptMetaChanged(before, after))
    say('the voice or avatar ids of the script changed; an update carries only the script text.');
  if (!sameJson(speechBefore, speechAfter)) {
    if (speechBefore.length !== 1 || speechAfter.length !== 1)
      say('the scene has a dialogue of several scripts; an update carries one script per scene.');
    else if (countOf('aiModel') !== 1)
      say('the script changed but the scene has no single avatar clip to carry it.');
    else put('aiModel', { script: orgToPlainText(speechAfter[0]!) });
  }

  const bg = changedFields(before.background ?? {}, after.background ?? {}, IDENTITY);
  if (bg.removed.length) say(`background fields removed (${bg.removed.join(', ')}).`);
  if (Object.keys(bg.values).length) put('background', bg.values);

  for (const [type, values] of perType) out.updates.push({ sceneIdx: i, type, values });
}

/** The updates that turn `before` (the fetched project) into `after` (the edited one). Pure. */
export function diffProjectUpdates(before: RequestLike, after: RequestLike): UpdatesDiff {
  const out: UpdatesDiff = { updates: [], inexpressible: [] };
  const top = changedFields(before, after, new Set(['scenes', ...EDIT_OPTIONS]));
  const topChanged = [...Object.keys(top.values), ...top.removed];
  if (topChanged.length)
    out.inexpressible.push(
      `Project settings changed (${topChanged.join(', ')}); an update changes scenes only.`,
    );
  if (before.scenes.length !== after.scenes.length) {
    out.inexpressible.push(
      `Scenes were added or removed (${before.scenes.length} → ${after.scenes.length}); an update cannot change the number of scenes.`,
    );
    return out;
  }
  before.scenes.forEach((scene, i) => diffScene(i, scene, after.scenes[i]!, out));
  return out;
}

/** The edit request's options (isExport, workspace, resolution, webhook) as the edited project has them. */
export function editOptionsOf(after: RequestLike): Obj {
  const options: Obj = {};
  for (const key of EDIT_OPTIONS) if (after[key] !== undefined) options[key] = after[key];
  return options;
}
