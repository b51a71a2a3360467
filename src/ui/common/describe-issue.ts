import i18next from 'i18next';

/** Request fields the user knows by another name; anything else is the field name in plain words. */
const NAMED_FIELDS = new Set([
  'text',
  'model',
  'clothes',
  'language',
  'webhookUrl',
  'workspaceId',
  'backgroundColor',
  'source_url',
]);

const words = (key: string) =>
  NAMED_FIELDS.has(key)
    ? i18next.t(`issue.field.${key}`)
    : key
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
  const t = i18next.t;
  if (!issue) return t('issue.invalidForm');
  const key = [...issue.path].reverse().find((p): p is string => typeof p === 'string');
  const field = key ? t('issue.theField', { field: words(key) }) : t('issue.thisValue');
  const where = row === undefined ? '' : t('issue.inRow', { row });
  const say = { field, where };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return t('issue.empty', say);
      return t('issue.tooSmall', { ...say, minimum: String(issue.minimum) });
    case 'too_big':
      return t('issue.tooBig', { ...say, maximum: String(issue.maximum) });
    case 'invalid_type':
      return issue.input === undefined ? t('issue.missing', say) : t('issue.wrongKind', say);
    case 'invalid_value':
      return t('issue.notAllowed', say);
    case 'invalid_format':
      return t('issue.format', say);
    default:
      return t('issue.invalid', { ...say, message: issue.message.replace(/\.?$/, '.') });
  }
}
