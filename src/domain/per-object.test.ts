import { describe, expect, it } from 'vitest';
import { perObject } from './per-object';

describe('perObject', () => {
  it('computes once per object, also a falsy value, and again for another object', () => {
    let calls = 0;
    const empty = perObject((list: number[]) => (calls++, list.length === 0));
    const a: number[] = [];
    const b = [1];
    expect([empty(a), empty(a), empty(b), empty(b)]).toEqual([true, true, false, false]);
    expect(calls).toBe(2);
  });
});
