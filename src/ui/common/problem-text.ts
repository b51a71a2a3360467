import i18next from 'i18next';
import {
  describeProblem,
  formatPath,
  type IssuePath,
  type ParseProblem,
  type ProblemDetail,
} from '../../domain/parse';
import { describeIssue } from './describe-issue';
import { messageText } from './issue-text';

/**
 * An import problem in the UI's language: where (the field's path, or the line of the text), then
 * what was expected in plain words instead of zod's sentence; limits and JSON that cannot be read
 * by their template and values. Unreadable input (a thrown error) keeps its sentence.
 */
export function problemText(problem: ParseProblem): string {
  const message = problem.params
    ? messageText({ key: problem.code, params: problem.params })
    : problem.message;
  if (problem.line !== undefined)
    return i18next.t('issue.atLine', {
      line: problem.line,
      column: problem.column ?? 1,
      message,
    });
  if (problem.params) return message;
  const { detail } = problem;
  if (!detail) return describeProblem(problem);
  return schemaProblemText(problem.code, problem.path, problem.message, detail);
}

/** A field zod refused, in plain words: its path, then what it should have been. */
export function schemaProblemText(
  zodCode: string,
  path: IssuePath,
  message: string,
  detail: ProblemDetail,
): string {
  const said = describeIssue({
    code: zodCode,
    path,
    message,
    ...(detail.origin === undefined ? {} : { origin: detail.origin }),
    ...(detail.minimum === undefined ? {} : { minimum: detail.minimum }),
    ...(detail.maximum === undefined ? {} : { maximum: detail.maximum }),
    input: detail.missing ? undefined : null,
  });
  return i18next.t('issue.at', { path: formatPath(path), problem: said });
}
