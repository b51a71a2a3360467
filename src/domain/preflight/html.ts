/** What the upstream accepts in `scripts[].org`: plain text, or text in `<p>`/`<span>` tags. */
export const ALLOWED_SCRIPT_TAGS = ['p', 'span'] as const;

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g;
const MARKUP = /<[!?][^>]*>/g;
const ANY_TAG = /<(?:\/?[a-zA-Z][a-zA-Z0-9-]*\b|[!?])[^>]*>/g;
const NBSP = /&(?:nbsp|#160|#x0*a0);/gi;

/** Markup other than `<p>`/`<span>` in `org`, once each, as shown to people: `<b>`, `<!-- -->`. */
export function disallowedTags(org: string): string[] {
  const found = new Set<string>();
  for (const match of org.matchAll(TAG)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!(ALLOWED_SCRIPT_TAGS as readonly string[]).includes(name)) found.add(`<${name}>`);
  }
  for (const [markup] of org.matchAll(MARKUP)) {
    found.add(markup.startsWith('<!--') ? '<!-- -->' : `${markup.slice(0, 2)}...>`);
  }
  return [...found];
}

/** The words the avatar would speak: tags removed, non-breaking spaces as spaces, trimmed. */
export const spokenText = (org: string): string =>
  org.replace(ANY_TAG, ' ').replace(NBSP, ' ').trim();
