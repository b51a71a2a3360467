import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPlaceholder, hasPlaceholder } from './variables';

/** Every string in `value`, keys included: the definition the fast check must agree with. */
const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(strings);
  return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]);
};

describe('containsPlaceholder', () => {
  it('finds a placeholder in a value, a key or deep in an array', () => {
    expect(containsPlaceholder({ scenes: [{ clips: [{ text: 'Hi {{name}}' }] }] })).toBe(true);
    expect(containsPlaceholder({ '{{column}}': 1 })).toBe(true);
    expect(containsPlaceholder(['a', ['b', ['{{ x }}']]])).toBe(true);
    expect(containsPlaceholder('{{a"b\\c}}')).toBe(true);
  });

  it('does not join two strings into one placeholder', () => {
    expect(containsPlaceholder({ a: 'open {{', b: '}} close' })).toBe(false);
    expect(containsPlaceholder(['{{', '}}'])).toBe(false);
    expect(containsPlaceholder({ '{{': '}}' })).toBe(false);
  });

  it('answers for values JSON cannot hold', () => {
    expect(containsPlaceholder({ n: 1n, s: '{{x}}' })).toBe(true);
    expect(containsPlaceholder({ n: 1n, s: 'x' })).toBe(false);
    expect(containsPlaceholder(undefined)).toBe(false);
  });

  it('agrees with a check of every string, for any JSON value', () => {
    const braces = fc.string({ unit: fc.constantFrom('{', '}', 'a', ' ', '"', '\\', '\n', '김') });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        braces,
        fc.integer(),
        fc.constant(null),
        fc.array(tie('value')),
        fc.dictionary(braces, tie('value')),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(containsPlaceholder(value)).toBe(strings(value).some(hasPlaceholder));
      }),
      { numRuns: 500 },
    );
  });
});
