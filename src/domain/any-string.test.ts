import { describe, expect, it } from 'vitest';
import { anyString } from './any-string';

describe('anyString', () => {
  const hasX = (text: string) => text.includes('#');

  it('finds a string anywhere, keys included, and nothing in other values', () => {
    expect(anyString({ a: [1, { b: 'no', c: ['yes #'] }] }, hasX)).toBe(true);
    expect(anyString({ a: { 'key #': 1 } }, hasX)).toBe(true);
    expect(anyString({ a: [1, null, true, { b: 'no' }] }, hasX)).toBe(false);
  });

  it('looks only at objects not seen before, and remembers each it looked at', () => {
    const seen = new WeakSet<object>();
    const clip = { text: 'plain' };
    const scene = { clips: [clip] };
    expect(anyString([scene], hasX, seen)).toBe(false);
    expect(seen.has(clip)).toBe(true);
    // An edit replaces the objects on its path; the clip left alone is not looked at again.
    const tested: string[] = [];
    const edited = { clips: [clip, { text: 'new #' }] };
    const found = anyString([edited], (t) => (tested.push(t), hasX(t)), seen);
    expect(found).toBe(true);
    expect(tested).not.toContain('plain');
  });
});
