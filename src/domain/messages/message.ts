/**
 * A message as a key and its parameters, so the UI can say it in the user's language while the
 * domain (and the server and CLI, which speak English) render the English template here.
 * A parameter may itself be a message (e.g. "the background image of scene 2").
 */
export type MessageParam = string | number | MessageRef;
export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface MessageRef {
  key: string;
  params?: MessageParams;
}

export const ref = (key: string, params?: MessageParams): MessageRef =>
  params === undefined ? { key } : { key, params };

/** `{{name}}`, or `{{name, number}}` for a count grouped by thousands (i18next's number format). */
const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:,\s*(number))?\s*\}\}/g;

/** Fills `{{name}}` placeholders the way i18next does (no escaping: these are plain-text messages). */
export function renderMessage(
  templates: Readonly<Record<string, string>>,
  key: string,
  params: MessageParams = {},
): string {
  const template = templates[key];
  if (template === undefined) throw new Error(`No message template "${key}"`);
  return template.replace(PLACEHOLDER, (whole, name: string, format?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return renderMessage(templates, value.key, value.params);
    return format === 'number' && typeof value === 'number'
      ? value.toLocaleString('en')
      : String(value);
  });
}
