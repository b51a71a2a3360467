import i18next from 'i18next';
import { ApiError } from '../../api/client';
import { describeIssue, type IssueLike } from './describe-issue';

/** Server envelopes and network failures as a sentence with what to do next. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return error.message;
    if (error.status === 413) return i18next.t('error.tooLarge');
    if (error.status === 401 || error.status === 403) return i18next.t('error.credentials');
    if (error.status === 502) return i18next.t('error.unreachable');
    if (error.status === 504) return i18next.t('error.timeout');
    const issues = (error.details as { issues?: IssueLike[] } | undefined)?.issues;
    if (issues?.length)
      return `${error.message.replace(/\.?$/, '.')} ${describeIssue({ ...issues[0]!, path: issues[0]!.path ?? [] })}`;
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
