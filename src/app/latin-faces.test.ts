import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const faces = (css: string) =>
  [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => ({
    weight: /font-weight:\s*(\d+)/.exec(body)?.[1],
    file: /files\/([\w-]+\.woff2)/.exec(body)?.[1],
    range: /unicode-range:\s*([^;]+)/.exec(body)?.[1]?.replace(/\s/g, ''),
  }));

const fontsource = (name: string) =>
  readFileSync(createRequire(import.meta.url).resolve(`@fontsource/noto-sans-kr/${name}`), 'utf8');

describe('the Latin faces declared at start', () => {
  it('are fontsource’s Latin subset, files and unicode-range alike', () => {
    const ours = faces(readFileSync(new URL('../ui/latin-faces.css', import.meta.url), 'utf8'));
    const theirs = faces(fontsource('400.css') + fontsource('700.css')).filter(
      (f) => f.file?.includes('-latin-4') || f.file?.includes('-latin-7'),
    );
    expect(ours).toHaveLength(2);
    expect(ours).toEqual(theirs);
    // Without a range a Hangul word in the interface would fetch a Latin file with no Hangul in it.
    for (const face of ours) expect(face.range).not.toMatch(/AC00|10FFFF/i);
  });
});
