import { z } from 'zod';
import { build } from '../build';
import { formatPath, parse } from '../parse';
import type { Project } from '../project';
import type { EditorProjectRequest } from '../schema/request';
import { EMPTY_SPEC, mergeSpecSchema, type MergeSpec } from './spec';

/**
 * A merge template file: the request plus the merge set-up, for the CLI. Scene ids are editor-only,
 * so bindings name scenes `scene-<index>` here, and `readProjectFile` gives scenes those ids.
 */
export const mergeTemplateSchema = z.object({
  scenewrightMerge: z.literal(1),
  request: z.unknown(),
  merge: mergeSpecSchema,
});
export type MergeTemplate = {
  scenewrightMerge: 1;
  request: EditorProjectRequest;
  merge: MergeSpec;
};

const fileSceneId = (index: number) => `scene-${index}`;

export function templateOf(project: Project): MergeTemplate {
  const index = new Map(project.scenes.map((s, i) => [s.id, fileSceneId(i)]));
  const spec = project.merge ?? EMPTY_SPEC;
  return {
    scenewrightMerge: 1,
    request: build(project),
    merge: {
      variables: spec.variables,
      bindings: spec.bindings.map((b) =>
        b.sceneId === undefined ? b : { ...b, sceneId: index.get(b.sceneId) ?? b.sceneId },
      ),
    },
  };
}

/** A request JSON (variables only, each filled from the column of its name) or a merge template. */
export function readProjectFile(
  json: unknown,
): { ok: true; project: Project; spec: MergeSpec } | { ok: false; message: string } {
  const template = mergeTemplateSchema.safeParse(json);
  const isTemplate = typeof json === 'object' && json !== null && 'scenewrightMerge' in json;
  if (isTemplate && !template.success) {
    const first = template.error.issues[0];
    return {
      ok: false,
      message: `The merge template is not valid: ${formatPath((first?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${first?.message}`,
    };
  }
  const parsed = parse(template.success ? template.data.request : json, { sceneId: fileSceneId });
  if (!parsed.ok)
    return {
      ok: false,
      message: `The project is not a valid AI Studios project: ${parsed.error.message}`,
    };
  const spec = template.success ? template.data.merge : EMPTY_SPEC;
  return { ok: true, project: { ...parsed.project, merge: spec }, spec };
}
