import { renderMessage, type MessageParams } from '../messages/message';

/**
 * What is wrong in a data file, in English for the CLI; the UI's catalogs hold the same keys as
 * `table.*` and say them in the user's language.
 */
export const TABLE_MESSAGES = {
  'quotes-missing':
    'Line {{line}}: a quoted cell is not closed; add the missing " (or remove the opening one).',
  'quotes-invalid': 'Line {{line}}: a " stands inside a cell that is not quoted; write it as "".',
  'line-other': 'Line {{line}}: {{detail}}',
  'duplicate-column': 'The column "{{column}}" appears twice in the header; rename one of them.',
  'extra-cells':
    'Row {{row}} has {{cells}} cells but the header names {{columns}} columns; the extra cells are ignored.',
  empty: 'The data is empty: it needs a header line naming the columns, then one line per video.',
  'not-text':
    'This is not a CSV or TSV text file (a workbook or a picture?). In the spreadsheet, save or download the sheet as CSV, then load that file.',
  'no-rows': 'There are no rows under the header: add one line per video.',
} as const satisfies Record<string, string>;

export type TableMessageKey = keyof typeof TABLE_MESSAGES;

/** A problem a person can fix in the file: key + params for the UI, the English for the CLI. */
export interface TableProblem {
  key: TableMessageKey;
  params: MessageParams;
  message: string;
}

export const tableProblem = (key: TableMessageKey, params: MessageParams = {}): TableProblem => ({
  key,
  params,
  message: renderMessage(TABLE_MESSAGES, key, params),
});

/** Papa Parse's error codes that have a sentence of their own. */
export const PAPA_CODES: Readonly<Record<string, TableMessageKey>> = {
  MissingQuotes: 'quotes-missing',
  InvalidQuotes: 'quotes-invalid',
};
