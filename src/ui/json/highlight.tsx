import type { ReactNode } from 'react';

const TOKEN =
  /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** JSON text as React nodes with classes for keys, strings, numbers and literals. */
export function highlightJson(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const [all, str, colon, literal, num] = m;
    const cls = str ? (colon ? 'k' : 's') : literal ? 'b' : num ? 'n' : '';
    out.push(
      <span key={i++} className={cls}>
        {str ?? all}
      </span>,
    );
    if (colon) out.push(colon);
    last = at + all.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
