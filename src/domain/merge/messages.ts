import { renderMessage, type MessageParams } from '../messages/message';
import { templateKey } from '../preflight/issue';
import { PREFLIGHT_MESSAGES } from '../preflight/messages';
import type { IssuePath } from '../parse';
import type { RowIssue } from './report';

/**
 * Data-merge findings' English, one template per code, in the same key space as preflight's (the
 * UI's catalogs hold them as `preflight.merge.*`). Literal `{{…}}` in a sentence is a parameter, so
 * that neither i18next nor `renderMessage` takes it for a placeholder.
 */
export const MERGE_MESSAGES = {
  'merge.unfilled':
    '{{variable}} has no value in row {{row}} and no default. Fill the cell, or give the variable a default.',
  'merge.binding':
    'Column "{{column}}": "{{value}}" is not a known voice id (nor "avatar", nor a TTS JSON object).',
  'merge.placeholder':
    'Row {{row}} still contains {{placeholder}} after the merge (a value itself holds one).',
  'merge.duplicate': 'Row {{row}} repeats row {{first}}: the same video would be made twice.',
  'merge.overflow':
    'Row {{row}}, scene {{scene}}: "{{text}}" no longer fits its text box (it is {{size}} px wide; the box is {{box}} px). Shorten the value, or make the box or the font fit.',
  'merge.overflow_tall':
    'Row {{row}}, scene {{scene}}: "{{text}}" no longer fits its text box (it needs {{size}} px; the box holds {{box}} px). Shorten the value, or make the box or the font fit.',
} as const satisfies Record<string, string>;

const TEMPLATES: Readonly<Record<string, string>> = { ...PREFLIGHT_MESSAGES, ...MERGE_MESSAGES };

/** `{{name}}` as the user wrote it, passed as a parameter (see MERGE_MESSAGES). */
export const placeholderOf = (name: string) => `{{${name}}}`;

/** A merge finding: the English sentence for the CLI, the code and parameters for the UI. */
export function mergeIssue(
  severity: RowIssue['severity'],
  code: keyof typeof MERGE_MESSAGES,
  params: MessageParams,
  extra: Partial<RowIssue> & { path?: IssuePath } = {},
): RowIssue {
  return {
    severity,
    code,
    message: renderMessage(TEMPLATES, templateKey(code, params), params),
    params,
    path: [],
    ...extra,
  };
}
