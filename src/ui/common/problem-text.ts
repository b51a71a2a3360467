import i18next from 'i18next';
import { describeProblem, formatPath, type ParseProblem } from '../../domain/parse';
import { describeIssue } from './describe-issue';

/**
 * An import problem in the UI's language: where (the field's path, or the line of the text), then
 * what was expected in plain words instead of zod's sentence. Limits and unreadable input keep
 * their English sentence (they carry no detail to say it from).
 */
export function problemText(problem: ParseProblem): string {
  if (problem.line !== undefined)
    return i18next.t('issue.atLine', {
      line: problem.line,
      column: problem.column ?? 1,
      message: problem.message,
    });
  const { detail } = problem;
  if (!detail) return describeProblem(problem);
  const said = describeIssue({
    code: problem.code,
    path: problem.path,
    message: problem.message,
    ...(detail.origin === undefined ? {} : { origin: detail.origin }),
    ...(detail.minimum === undefined ? {} : { minimum: detail.minimum }),
    ...(detail.maximum === undefined ? {} : { maximum: detail.maximum }),
    input: detail.missing ? undefined : null,
  });
  return i18next.t('issue.at', { path: formatPath(problem.path), problem: said });
}
