import { ApiError } from '../../api/client';
import { describeIssue, type IssueLike } from './describe-issue';

/** Server envelopes and network failures as a sentence with what to do next. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return error.message;
    if (error.status === 413)
      return 'That file or request is too large for the server. Try a smaller file.';
    if (error.status === 401 || error.status === 403)
      return 'The server refused the credentials. Check AISTUDIOS_APP_ID / AISTUDIOS_USER_KEY in .env, or the access token.';
    if (error.status === 502)
      return 'AI Studios could not be reached from the server. Check the network, then try again.';
    if (error.status === 504)
      return 'AI Studios did not answer in time. Your work is kept; try again in a minute.';
    const issues = (error.details as { issues?: IssueLike[] } | undefined)?.issues;
    if (issues?.length)
      return `${error.message.replace(/\.?$/, '.')} ${describeIssue({ ...issues[0]!, path: issues[0]!.path ?? [] })}`;
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
