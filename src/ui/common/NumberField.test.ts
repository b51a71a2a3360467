import { describe, expect, it } from 'vitest';
import { refusal } from './NumberField';

describe('a number field explains what it refuses', () => {
  const width = { label: 'Width', min: 1 };
  it('says why a negative width is not taken', () => {
    expect(refusal('-50', -50, width)).toBe(
      'Width cannot be less than 1; you typed -50, so it stays as it was.',
    );
  });
  it('takes values in range and an empty field silently', () => {
    expect(refusal('640', 640, width)).toBeNull();
    expect(refusal('', NaN, width)).toBeNull();
  });
  it('names the maximum', () => {
    expect(refusal('100000', 100000, { label: 'Size (pt)', max: 500 })).toMatch(/more than 500/);
  });
});
