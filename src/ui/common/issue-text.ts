import i18next from 'i18next';
import type { MessageParams, MessageRef } from '../../domain/messages/message';
import type { PreflightIssue } from '../../domain/preflight/types';

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
 * parameter picks the variant, as in the domain). Schema and limit findings, which quote zod, have
 * no parameters and keep their English sentence.
 */
export function issueText(issue: Pick<PreflightIssue, 'code' | 'message' | 'params'>): string {
  if (!issue.params || !i18next.exists(`preflight.${issue.code}`)) return issue.message;
  return i18next.t(`preflight.${issue.code}`, localParams(issue.params));
}
