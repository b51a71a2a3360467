import type { z } from 'zod';
import { LIMITS } from '../limits';
import { detailOf, flatIssues, formatPath, type IssuePath } from '../parse';
import { issue } from './issue';
import type { PreflightIssue } from './types';

/** At most this many schema problems are reported; the first ones are what a person fixes first. */
export const MAX_SCHEMA_ISSUES = LIMITS.issues;

/** The `id` of the clip a path points into, read defensively from input that failed the schema. */
function clipIdAt(input: unknown, path: IssuePath): string | undefined {
  if (
    path[0] !== 'scenes' ||
    typeof path[1] !== 'number' ||
    path[2] !== 'clips' ||
    typeof path[3] !== 'number'
  ) {
    return undefined;
  }
  try {
    const scenes = (input as { scenes?: unknown } | null)?.scenes;
    const clips = Array.isArray(scenes)
      ? (scenes[path[1]] as { clips?: unknown } | null)?.clips
      : undefined;
    const id = Array.isArray(clips) ? (clips[path[3]] as { id?: unknown } | null)?.id : undefined;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Zod's findings as error issues with code `schema.<zod code>` (e.g. `schema.invalid_value` for an enum). */
export function schemaIssues(error: z.ZodError, input: unknown): PreflightIssue[] {
  return flatIssues(error.issues)
    .slice(0, MAX_SCHEMA_ISSUES)
    .map((zodIssue) => {
      const path = zodIssue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const where = path.length === 0 ? 'The request' : `The field ${formatPath(path)}`;
      const message = `${where} does not match the AI Studios v3 format: ${sentence(zodIssue.message)} Correct it and check again.`;
      const found = issue('error', `schema.${zodIssue.code}`, message, path, clipIdAt(input, path));
      return { ...found, detail: detailOf(zodIssue) };
    });
}

/** Input that could not even be read (a getter that throws, a revoked proxy). */
export const unreadableIssue = (cause: unknown): PreflightIssue =>
  issue(
    'error',
    'schema.unreadable',
    `The request could not be read (${cause instanceof Error ? cause.message : String(cause)}). Send plain JSON data.`,
    [],
  );
