import type { z } from 'zod';

type ZodIssue = z.ZodError['issues'][number];

/**
 * A clip is a known type or an opaque one (a union); when both fail, report the branch that
 * accepted the clip's `type` (the known schema for a known type, the opaque one otherwise).
 */
export function flatIssues(issues: readonly ZodIssue[]): ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const branch =
      issue.errors.find((errors) => !errors.some((e) => e.path[0] === 'type')) ?? issue.errors[0];
    return flatIssues(branch ?? []).map((e) => ({ ...e, path: [...issue.path, ...e.path] }));
  });
}
