import type { ProjectUpdate } from '../../domain/schema/edit-project';
import { plainTextToOrg } from '../../domain/script-edits';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Applies `updates.value[]` to a stored project's body, returning a new body or the reason it
 * cannot. The docs name a clip only by scene and type; the simulator changes the first clip of
 * that type (and refuses a type the scene does not have). An aiModel `script` is plain text: it
 * replaces the scene's first script and, where the avatar clip carries its own, that one too.
 */
export function applyUpdates(
  body: Obj,
  updates: ProjectUpdate[],
): { body: Obj } | { error: string; path: string } {
  const next = structuredClone(body);
  const scenes = Array.isArray(next.scenes) ? (next.scenes as Obj[]) : [];
  for (const [i, update] of updates.entries()) {
    const path = `updates.value[${i}]`;
    const scene = scenes[update.sceneIdx];
    if (!scene)
      return {
        error: `${path}.sceneIdx ${update.sceneIdx}: the project has ${scenes.length} scene${scenes.length === 1 ? '' : 's'}`,
        path,
      };
    if (update.type === 'background') {
      scene.background = { ...(isObj(scene.background) ? scene.background : {}), ...update.values };
      continue;
    }
    const clips = Array.isArray(scene.clips) ? (scene.clips as Obj[]) : [];
    const clip = clips.find((c) => c.type === update.type);
    if (!clip)
      return { error: `${path}.type: scene ${update.sceneIdx} has no ${update.type} clip`, path };
    const { script, ...values } = update.values;
    if ('id' in values || 'type' in values)
      return { error: `${path}.values: id and type cannot be changed`, path };
    Object.assign(clip, values);
    if (script === undefined) continue;
    if (update.type !== 'aiModel' || typeof script !== 'string')
      return {
        error: `${path}.values.script: only an aiModel update carries a script, as text`,
        path,
      };
    const org = plainTextToOrg(script);
    const scripts = Array.isArray(scene.scripts) ? (scene.scripts as Obj[]) : [];
    if (scripts[0]) scripts[0].org = org;
    if (isObj(clip.script)) clip.script.org = org;
    if (!scripts[0] && !isObj(clip.script))
      return {
        error: `${path}.values.script: scene ${update.sceneIdx} has no script to change`,
        path,
      };
  }
  return { body: next };
}
