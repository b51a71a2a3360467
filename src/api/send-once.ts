import { firstJobOf, unanswered } from '../domain/resend';
import { ApiError } from './client';

/** What an export answers: its AI Studios project and our server's job. */
export interface Started {
  projectId: string;
  jobId?: string;
  taskId?: string;
}

/**
 * One export, however often the user presses "Export" after a failure that got no answer: the
 * same request is sent again under the same Idempotency-Key, so if the first send did arrive the
 * server sends nothing and names its job, which is answered here as that export. A changed
 * request, or one after an answer, is a new export under a new key.
 */
export function sendOnce<T>(
  send: (request: T, key: string) => Promise<Started>,
  newKey: () => string = () => crypto.randomUUID(),
) {
  let unansweredSend: { key: string; text: string } | undefined;
  return async (request: T): Promise<Started> => {
    const text = JSON.stringify(request);
    const key = unansweredSend?.text === text ? unansweredSend.key : newKey();
    unansweredSend = { key, text };
    try {
      const started = await send(request, key);
      unansweredSend = undefined;
      return started;
    } catch (error) {
      const jobId = firstJobOf(error);
      if (jobId) {
        unansweredSend = undefined;
        const projectId = error instanceof ApiError ? error.data?.projectId : undefined;
        return { jobId, projectId: typeof projectId === 'string' ? projectId : '' };
      }
      if (!unanswered(error)) unansweredSend = undefined;
      throw error;
    }
  };
}
