import { describe, expect, it } from 'vitest';
import { memoByString } from './memo';

describe('memoByString', () => {
  it('answers as the function does, working each string out once while it is remembered', () => {
    const seen: string[] = [];
    const length = memoByString((text: string) => {
      seen.push(text);
      return { length: text.length };
    }, 4);
    expect(length('abc')).toEqual({ length: 3 });
    expect(length('abc')).toBe(length('abc'));
    expect(length('')).toEqual({ length: 0 });
    expect(seen).toEqual(['abc', '']);
  });

  it('does not keep a long string: its answer is worked out each time', () => {
    let calls = 0;
    const size = memoByString((text: string) => (calls++, text.length));
    const long = 'x'.repeat(5000);
    expect([size(long), size(long)]).toEqual([5000, 5000]);
    expect(calls).toBe(2);
  });

  it('keeps a bounded number of strings: an old one is worked out again', () => {
    let calls = 0;
    const upper = memoByString((text: string) => (calls++, text.toUpperCase()), 2);
    for (const text of ['a', 'b', 'c', 'd', 'e', 'f']) upper(text);
    calls = 0;
    expect(upper('a')).toBe('A');
    expect(calls).toBe(1);
  });
});
