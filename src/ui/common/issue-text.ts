import i18next from 'i18next';
import type { MessageParams, MessageRef } from '../../domain/messages/message';
import type { PreflightIssue } from '../../domain/preflight/types';
import { schemaProblemText } from './problem-text';

/** Nested messages (the subject, a reason) are said in the UI's language first. */
export function localParams(params: MessageParams): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object'
        ? i18next.t(`preflight.${value.key}`, localParams(value.params ?? {}))
        : value,
    ]),
  );
}

/** A preflight message (e.g. a `reason.*` the stage found) in the UI's language. */
export const messageText = (message: MessageRef): string =>
  i18next.t(`preflight.${message.key}`, localParams(message.params ?? {}));

/**
 * A preflight finding in the UI's language: its code's template with its parameters (a `context`
 * parameter picks the variant, as in the domain). Schema findings say what zod expected in plain
 * words, as the Import dialog does.
 */
export function issueText(
  issue: Pick<PreflightIssue, 'code' | 'message' | 'params' | 'detail'> & {
    path?: PreflightIssue['path'];
  },
): string {
  if (issue.detail && issue.code.startsWith('schema.'))
    return schemaProblemText(
      issue.code.slice('schema.'.length),
      issue.path ?? [],
      issue.message,
      issue.detail,
    );
  if (!issue.params || !i18next.exists(`preflight.${issue.code}`)) return issue.message;
  return i18next.t(`preflight.${issue.code}`, localParams(issue.params));
}
