/**
 * The English of what is wrong with an input before it is a project: size limits (server, CLI and
 * import) and JSON that cannot be read. One template per code, `_context` for a variant, as in
 * PREFLIGHT_MESSAGES (which includes these); the UI's catalogs say them in every language.
 */
const ENTRIES = '{{where}} has {{length, number}} entries; at most {{max, number}}';
const MORE = '{{where}} has more than {{max, number}} entries; at most {{max, number}}';
const CHARS =
  '{{where}} is {{length, number}} characters long; at most {{max, number}} are accepted.';

export const INPUT_MESSAGES = {
  'limit.the-request': 'the request',
  'limit.values': 'The request holds more than {{max, number}} values; split it up.',
  'limit.depth': '{{where}} is nested more than {{max}} levels deep.',
  'limit.stringChars': CHARS,
  'limit.scriptChars': CHARS,
  'limit.scenesPerProject': `${ENTRIES} scenes per project are accepted.`,
  'limit.scenesPerProject_more': `${MORE} scenes per project are accepted.`,
  'limit.clipsPerScene': `${ENTRIES} clips per scene are accepted.`,
  'limit.clipsPerScene_more': `${MORE} clips per scene are accepted.`,
  'limit.scriptsPerScene': `${ENTRIES} scripts per scene are accepted.`,
  'limit.scriptsPerScene_more': `${MORE} scripts per scene are accepted.`,
  'limit.arrayItems': `${ENTRIES} items in a list are accepted.`,
  'limit.arrayItems_more': `${MORE} items in a list are accepted.`,
  'limit.arrayItems_fields':
    '{{where}} has {{length, number}} fields; at most {{max, number}} are accepted.',
  'limit.arrayItems_more-fields': `${MORE} fields are accepted.`,
  invalid_json: 'Not valid JSON: {{hint}}.',
  invalid_json_empty: 'There is nothing to import: paste JSON.',
  placeholder: "{{placeholder}} is a placeholder from the docs' sample. Replace it with {{fill}}.",
  'json-fill.webhook':
    'your webhook URL in quotes ("https://…"), or delete the whole "webhookUrl" line',
  'json-fill.project': 'the project id in quotes',
  'json-fill.workspace': 'your workspace id in quotes, or delete the line',
  'json-fill.key': 'nothing: the API key belongs in the Authorization header, not in the body',
  'json-fill.other': 'the value it stands for',
  'json-hint.CommaExpected': 'a comma is missing between two values',
  'json-hint.ColonExpected': 'a colon is missing after a property name',
  'json-hint.PropertyNameExpected': 'property names must be in double quotes',
  'json-hint.ValueExpected': 'a value is missing (or a placeholder is not filled in)',
  'json-hint.CloseBraceExpected': 'a } is missing',
  'json-hint.CloseBracketExpected': 'a ] is missing',
  'json-hint.EndOfFileExpected': 'there is text after the end of the JSON',
  'json-hint.InvalidSymbol':
    'this is not JSON (strings need double quotes; true, false and null are lower case)',
  'json-hint.UnexpectedEndOfString': 'a string is not closed with a double quote',
  'json-hint.InvalidEscapeCharacter': 'a backslash in a string starts an unknown escape',
  'json-hint.InvalidNumberFormat': 'a number is not written the way JSON writes numbers',
  'json-hint.UnexpectedEndOfNumber': 'a number ends too early',
  'json-hint.InvalidCommentToken': 'a comment is not written as // or /* */',
  'json-hint.UnexpectedEndOfComment': 'a comment is not closed with */',
  'json-hint.InvalidUnicode': 'a \\u escape is not followed by four hex digits',
  'json-hint.InvalidCharacter': 'a string holds a control character (write a tab as \\t)',
  'json-hint.other': 'the text cannot be read as JSON',
} as const satisfies Record<string, string>;

/** The JSON parser's error names that have a hint of their own. */
export const JSON_HINTS = new Set(
  Object.keys(INPUT_MESSAGES)
    .filter((key) => key.startsWith('json-hint.'))
    .map((key) => key.slice('json-hint.'.length)),
);
