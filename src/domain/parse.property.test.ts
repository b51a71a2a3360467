import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build } from './build';
import { parse, ParseError, type IssuePath } from './parse';
import { deepSame } from './preflight/deep-same';
import { FIXTURES } from '../testing/preflight-fixtures';

/** Property runs per `it`; the issue asks for at least 1 000 cases. */
const RUNS = 1000;
const SEED = FIXTURES.seed as unknown;

/** Every path of a JSON value, containers included. */
function pathsOf(value: unknown, prefix: IssuePath = []): IssuePath[] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...prefix, i])));
  if (value !== null && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k])));
  }
  return here;
}
const SEED_PATHS = pathsOf(SEED);
const OBJECT_PATHS = SEED_PATHS.filter((p) => {
  const v = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], SEED);
  return v !== null && typeof v === 'object' && !Array.isArray(v);
});

/** `root` with the value at `path` replaced (or deleted); `path` [] replaces the whole thing. */
function setAt(root: unknown, path: IssuePath, value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>((o, k) => o[k] as never, copy);
  const key = path[path.length - 1]!;
  if (remove && !Array.isArray(parent)) delete parent[key];
  else parent[key] = value;
  return copy;
}

const MEGABYTE = 'x'.repeat(1 << 20);
const HUGE = fc.constantFrom(
  MEGABYTE,
  `<p>${'é'.repeat(1 << 19)}</p>`,
  `https://${'a'.repeat(1 << 20)}.com`,
);
const HOSTILE_KEYS = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
);

/** Objects with own `__proto__` / `constructor` keys, as JSON.parse makes them (plain assignment can't). */
const protoJson = fc
  .tuple(fc.jsonValue({ maxDepth: 2 }), HOSTILE_KEYS)
  .map(
    ([v, key]) =>
      JSON.parse(
        `{"${key}": ${JSON.stringify(v) ?? 'null'}, "__proto__": {"polluted": true}}`,
      ) as unknown,
  );

const anyValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.anything({
      key: fc.oneof(fc.string(), HOSTILE_KEYS),
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      null,
      undefined,
      Number.NaN,
      Infinity,
      -Infinity,
      -0,
      '',
      [],
      {},
      true,
      1e308,
      -1,
      1.5,
      2 ** 53,
    ),
  },
  { weight: 1, arbitrary: HUGE },
  { weight: 1, arbitrary: protoJson },
);

/** The seed with one real path set to a random (mostly wrong-typed) value, or deleted. */
const mutatedSeed = fc
  .tuple(fc.constantFrom(...SEED_PATHS), anyValue, fc.boolean())
  .map(([path, value, remove]) => setAt(SEED, path, value, remove));

/** The seed with own `__proto__`/`constructor` keys injected into one of its objects, via JSON.parse. */
const protoSeed = fc
  .tuple(fc.constantFrom(...OBJECT_PATHS), fc.jsonValue({ maxDepth: 2 }), HOSTILE_KEYS)
  .map(([path, value, key]) => {
    const marked = setAt(SEED, [...path, '__sw_key__'], value, false);
    return JSON.parse(
      JSON.stringify(marked).replaceAll('"__sw_key__"', JSON.stringify(key)),
    ) as unknown;
  });

const anyInput = fc.oneof(
  { weight: 3, arbitrary: anyValue },
  { weight: 5, arbitrary: mutatedSeed },
  { weight: 2, arbitrary: protoSeed },
);

/** Writes into every object and array of `value`: shows whether the project aliases its input. */
function scribble(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  for (const child of Object.values(value)) scribble(child);
  if (Array.isArray(value)) value.push('scribbled');
  else (value as Record<string, unknown>).scribbled = true;
}

describe('parse, on anything', () => {
  it('never throws, answers ok or a ParseError, and never mutates its input', () => {
    const seen = { ok: 0, error: 0 };
    fc.assert(
      fc.property(anyInput, (input) => {
        const before = structuredClone(input);
        const result = parse(input);
        expect(deepSame(input, before)).toBe(true);
        if (result.ok) {
          seen.ok += 1;
          expect(Array.isArray(result.project.scenes)).toBe(true);
          scribble(result.project);
          expect(deepSame(input, before)).toBe(true);
        } else {
          seen.error += 1;
          expect(result.error).toBeInstanceOf(ParseError);
          expect(result.error.problems.length).toBeGreaterThan(0);
          for (const p of result.error.problems) expect(Array.isArray(p.path)).toBe(true);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    // Both answers were exercised, not only the error path.
    expect(Math.min(seen.ok, seen.error)).toBeGreaterThan(RUNS / 20);
  });

  it('drops own __proto__ keys (zod does) without polluting any prototype', () => {
    const input = JSON.parse(
      `{"__proto__": {"polluted": 1}, ${JSON.stringify(SEED).slice(1)}`,
    ) as unknown;
    const result = parse(input);
    if (!result.ok) throw result.error;
    const built = build(result.project);
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    expect(Object.hasOwn(built, '__proto__')).toBe(false);
    expect(deepSame(built, SEED)).toBe(true);
  });

  it('deepSame, the comparison used here, sees differences under constructor/__proto__ keys', () => {
    const a = JSON.parse('{"constructor": {"x": 1}, "__proto__": [0]}') as unknown;
    expect(deepSame(a, JSON.parse('{"constructor": {"x": 1}, "__proto__": [0]}'))).toBe(true);
    expect(deepSame(a, JSON.parse('{"constructor": {"x": 2}, "__proto__": [0]}'))).toBe(false);
    expect(deepSame(a, JSON.parse('{"constructor": {"x": 1}, "__proto__": [-0]}'))).toBe(false);
    expect(deepSame([1, , 3], [1, undefined, 3])).toBe(false); // eslint-disable-line no-sparse-arrays
    expect(deepSame(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]]))).toBe(false);
  });

  it('returns the typed error for hostile objects (throwing getters, revoked proxies, cycles)', () => {
    const getter = Object.defineProperty({}, 'scenes', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const cyclic = structuredClone(SEED) as Record<string, unknown>;
    cyclic.self = cyclic;
    for (const input of [getter, proxy]) {
      const result = parse(input);
      expect(result.ok === false && result.error instanceof ParseError).toBe(true);
    }
    const result = parse(cyclic);
    expect(result.ok || result.error instanceof ParseError).toBe(true);
  });
});
