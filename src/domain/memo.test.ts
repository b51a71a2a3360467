import { describe, expect, it } from 'vitest';
import { memoByString } from './memo';

/** A memo of `length` that counts the calls it makes. */
function countedLength() {
  const seen: string[] = [];
  const length = memoByString((text: string) => {
    seen.push(text);
    return { length: text.length };
  });
  return { length, seen };
}

describe('memoByString', () => {
  it('answers as the function does, working each string out once while it is remembered', () => {
    const { length, seen } = countedLength();
    expect(length('abc')).toEqual({ length: 3 });
    expect(length('abc')).toBe(length('abc'));
    expect(length('')).toEqual({ length: 0 });
    expect(seen).toEqual(['abc', '']);
  });

  it('does not keep a long string: its answer is worked out each time', () => {
    const { length, seen } = countedLength();
    const long = 'x'.repeat(30_000);
    expect([length(long).length, length(long).length]).toEqual([30_000, 30_000]);
    expect(seen).toHaveLength(2);
  });

  it('holds a bounded number of strings: an old one is worked out again', () => {
    const { length, seen } = countedLength();
    for (let i = 0; i < 600; i++) length(`row ${i}`);
    length('row 0');
    expect(seen.filter((text) => text === 'row 0')).toHaveLength(2);
  });

  it('holds a bounded number of characters: texts typed key by key do not pile up', () => {
    const { length, seen } = countedLength();
    const typed = Array.from({ length: 100 }, (_, i) => 'word '.repeat(400) + i); // 2,000+ each
    for (const text of typed) length(text);
    length(typed[0]!);
    expect(seen.filter((text) => text === typed[0])).toHaveLength(2);
  });
});
