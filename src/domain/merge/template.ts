import { z } from 'zod';
import { build } from '../build';
import { describeProblem, formatPath, parse, type ParseProblem } from '../parse';
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

/**
 * A schema finding as a sentence for someone who edits the JSON file: where in the file (its path
 * is the address they search for) and what is wrong, in words rather than the validator's.
 */
export function plainProblem(problem: ParseProblem): string {
  if (problem.line !== undefined) return describeProblem(problem);
  const where = problem.path.length ? formatPath(problem.path) : 'The file';
  const type = /expected (\w+), received (\w+)/.exec(problem.message);
  if (problem.code === 'invalid_type' && type)
    return type[2] === 'undefined'
      ? `${where} is missing (it should be ${article(type[1]!)}).`
      : `${where} should be ${article(type[1]!)}, not ${article(type[2]!)}.`;
  if (problem.code === 'too_small' && /1 character/.test(problem.message))
    return `${where} is empty.`;
  return `${where}: ${problem.message.replace(/^Invalid input:?\s*/i, '').replace(/\.?$/, '.')}`;
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

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
    const path = (first?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
    return {
      ok: false,
      message: `The merge template is not valid: ${plainProblem({ path, code: first?.code ?? '', message: first?.message ?? '' })} Download the template again from the editor's Data panel.`,
    };
  }
  const parsed = parse(template.success ? template.data.request : json, { sceneId: fileSceneId });
  if (!parsed.ok)
    return {
      ok: false,
      message: `The project is not a valid AI Studios project: ${parsed.error.problems.slice(0, 3).map(plainProblem).join(' ')} Fix the file, or export it again from the editor.`,
    };
  const spec = template.success ? template.data.merge : EMPTY_SPEC;
  return { ok: true, project: { ...parsed.project, merge: spec }, spec };
}
