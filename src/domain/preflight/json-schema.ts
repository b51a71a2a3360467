import { z } from 'zod';
import { editorProjectRequestSchema } from '../schema/request';

/**
 * The JSON Schema (draft 2020-12) of `POST /api/odin/v3/editor/project`, generated from the zod
 * schema so the two never disagree. Shape and enums only: ranges and cross-field rules are
 * preflight's (see src/domain/preflight), so imports with odd values still open.
 */
export function editorProjectJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(editorProjectRequestSchema, {
    io: 'input',
    // An opaque clip's `type` is any name but the known ones: JSON Schema gets a plain string there.
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'custom') ctx.jsonSchema.type = 'string';
    },
  });
  return {
    $schema,
    title: 'AI Studios v3 editor project request',
    description:
      'Body of POST /api/odin/v3/editor/project as Scenewright builds it. Generated from src/domain/schema; ' +
      'fields the docs do not list are allowed. Ranges (opacity 1-100, animation 1-30, ...) and ' +
      'cross-field rules are checked by Scenewright preflight, not by this schema.',
    ...rest,
  };
}

/** The file's exact text: two-space JSON with a final newline. */
export const editorProjectJsonSchemaText = (): string =>
  `${JSON.stringify(editorProjectJsonSchema(), null, 2)}\n`;
