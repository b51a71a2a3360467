import { renderMessage, type MessageParams } from '../domain/messages/message';

/**
 * What the run itself says (not the server's words): English here for the CLI; the editor shows
 * the same codes from its catalogs (`data.runMessage.*`).
 */
export const RUN_MESSAGES = {
  'run.creditCap':
    'The next row could take the credits past the cap ({{cap}}); resuming sends the rest without a cap.',
  'run.lostSend':
    'The run stopped while this row was being sent and the server cannot tell whether it arrived. Check Jobs before retrying it.',
  'run.noRequest':
    'This row no longer merges into the request that was checked (the project or data changed).',
} as const satisfies Record<string, string>;

export type RunMessageCode = keyof typeof RUN_MESSAGES;

export interface RunMessage {
  code: RunMessageCode;
  params?: MessageParams;
}

export const runMessageText = (message: RunMessage) =>
  renderMessage(RUN_MESSAGES, message.code, message.params);
