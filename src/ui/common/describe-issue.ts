/** What the user calls a request field; anything else is the field name in plain words. */
const FIELD_WORDS: Record<string, string> = {
  text: 'script text',
  model: 'avatar',
  clothes: 'outfit',
  language: 'language',
  webhookUrl: 'webhook URL',
  workspaceId: 'workspace',
  backgroundColor: 'background colour',
  source_url: 'file URL',
};

const words = (key: string) =>
  FIELD_WORDS[key] ??
  key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** The minimal shape of a zod issue this needs. */
export interface IssueLike {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
}

/** A schema finding as a sentence about the user's work, not a schema path and zod wording. */
export function describeIssue(issue: IssueLike | undefined, row?: number): string {
  if (!issue) return 'Something in this form is not valid.';
  const key = [...issue.path].reverse().find((p): p is string => typeof p === 'string');
  const field = key ? `The ${words(key)}` : 'This value';
  const where = row === undefined ? '' : ` in row ${row}`;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return `${field}${where} is empty. Fill it in.`;
      return `${field}${where} is too short or too small (at least ${issue.minimum}).`;
    case 'too_big':
      return `${field}${where} is too long or too large (at most ${issue.maximum}).`;
    case 'invalid_type':
      return issue.input === undefined
        ? `${field}${where} is missing. Fill it in.`
        : `${field}${where} has the wrong kind of value.`;
    case 'invalid_value':
      return `${field}${where} is not one of the allowed choices.`;
    case 'invalid_format':
      return `${field}${where} is not in the right format.`;
    default:
      return `${field}${where} is not valid: ${issue.message.replace(/\.?$/, '.')}`;
  }
}
