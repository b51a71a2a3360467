import { describe, expect, it } from 'vitest';
import { readJsonText } from '../api/read-json-text';
import { filledIn, VENDOR_REQUESTS } from '../testing/vendor-samples';
import { build } from './build';
import { parse } from './parse';
import { validateRequest } from './preflight';
import { deepSame } from './preflight/deep-same';
import { setScriptText } from './script-edits';
import { speechPaths } from './speech-forms';

const read = (text: string): unknown => {
  const result = readJsonText(filledIn(text));
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.value;
};

const at = (value: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value);

describe.each(Object.entries(VENDOR_REQUESTS))('vendor sample %s', (_name, text) => {
  const request = read(text);

  it('parses and builds back unchanged', () => {
    const result = parse(request);
    if (!result.ok) throw result.error;
    expect(deepSame(build(result.project), request)).toBe(true);
  });

  it('has no preflight errors (warnings name the pages that disagree)', () => {
    const { issues } = validateRequest(request);
    expect(issues.filter((i) => i.severity === 'error')).toStrictEqual([]);
  });

  it('a script edit changes every place the speech lives, and nothing else', () => {
    const result = parse(request);
    if (!result.ok) throw result.error;
    const project = result.project;
    const scene = project.scenes[0]!;
    const edited = build(setScriptText(project, scene.id, '<p>Edited.</p>'));
    const paths = speechPaths(scene, 0);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(at(edited, path)).toBe('<p>Edited.</p>');
    const back = structuredClone(edited) as unknown as Record<string, unknown>;
    for (const path of paths) {
      const parent = at(back, path.slice(0, -1)) as Record<string, unknown>;
      parent.org = at(request, path);
    }
    expect(deepSame(back, request)).toBe(true);
  });
});
