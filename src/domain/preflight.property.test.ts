import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IssuePath } from './parse';
import { validateRequest } from './preflight';
import { deepSame } from './preflight/deep-same';
import { FIXTURES, type FixtureName } from '../testing/preflight-fixtures';

const RUNS = 1000;

function leafPaths(value: unknown, prefix: IssuePath = []): IssuePath[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) =>
    leafPaths(v, [...prefix, Array.isArray(value) ? Number(k) : k]),
  );
}
const PATHS = Object.fromEntries(
  Object.entries(FIXTURES).map(([name, request]) => [name, leafPaths(request)]),
) as Record<FixtureName, IssuePath[]>;

const read = (root: unknown, path: IssuePath): unknown =>
  path.reduce<unknown>(
    (o, k) => (o === null || typeof o !== 'object' ? undefined : (o as Record<string, unknown>)[k]),
    root,
  );

/** Values of the leaf's own type that break ranges, URLs, markup, ids and placement. */
const numbers = fc.oneof(
  fc.constantFrom(0, -1, 0.05, 0.5, 1, 1.5, 10, 10.5, 30, 31, 100, 101, 5000, -5000),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e5, max: 1e5 }),
);
const strings = fc.constantFrom(
  ...['', ' ', '<p></p>', '<b>x</b>', 'data:image/png;base64,AA', 'blob:x', '/x.png', 'x.png'],
  ...['http://localhost/x.png', 'https://cdn.example.com/x.png', 'aiModel-1h4ij5h8e87', 'M1'],
);
const likeLeaf = (leaf: unknown): fc.Arbitrary<unknown> =>
  typeof leaf === 'number'
    ? numbers
    : typeof leaf === 'string'
      ? strings
      : typeof leaf === 'boolean'
        ? fc.boolean()
        : fc.constant(leaf);

const mutated = fc
  .constantFrom(...(Object.keys(FIXTURES) as FixtureName[]))
  .chain((name) => {
    const edit = fc
      .constantFrom(...PATHS[name])
      .chain((path) => fc.tuple(fc.constant(path), likeLeaf(read(FIXTURES[name], path))));
    return fc.tuple(fc.constant(name), fc.array(edit, { maxLength: 4 }));
  })
  .map(([name, edits]) => {
    const request = structuredClone(FIXTURES[name]) as unknown;
    for (const [path, value] of edits) {
      const parent = read(request, path.slice(0, -1)) as Record<string | number, unknown>;
      parent[path[path.length - 1]!] = value;
    }
    return request;
  });

describe('validateRequest, on edited fixtures', () => {
  it('never throws, never mutates, and every issue points at a real place with the right clip', () => {
    let semantic = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        const before = structuredClone(input);
        const { request, issues } = validateRequest(input);
        expect(deepSame(input, before)).toBe(true);
        for (const issue of issues) {
          expect(issue.message).toMatch(/\.$/);
          if (issue.code.startsWith('schema.')) continue;
          semantic += 1;
          expect(request).toBeDefined();
          const { path } = issue;
          expect(read(request, path)).not.toBeUndefined();
          if (path[0] === 'scenes') expect(issue.sceneIndex).toBe(path[1]);
          if (path[2] === 'clips' && path.length > 3)
            expect(issue.clipId).toBe(read(request, [...path.slice(0, 4), 'id']));
        }
      }),
      { numRuns: RUNS },
    );
    expect(semantic).toBeGreaterThan(RUNS / 10);
  });
});
