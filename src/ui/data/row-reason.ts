import i18next from 'i18next';
import type { RowIssue } from '../../domain/merge/report';
import { issueText, localParams } from '../common/issue-text';

/**
 * What blocks a row, short enough for its thumbnail's label (the row number is beside it):
 * a merge finding by its `data.reason.*` phrase, any other finding by its sentence, cut.
 */
export function rowReason(issue: Pick<RowIssue, 'code' | 'message' | 'params'>): string {
  const key = `data.reason.${issue.code}`;
  if (issue.params && i18next.exists(key)) return i18next.t(key, localParams(issue.params));
  const sentence = issueText(issue);
  return sentence.length > 60 ? `${sentence.slice(0, 59)}…` : sentence;
}
