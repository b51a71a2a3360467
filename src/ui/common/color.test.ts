import { describe, expect, it } from 'vitest';
import { alphaPercent, fromHex8, toHex8 } from './color';

describe('colours keep their alpha', () => {
  it('reads every form the API writes', () => {
    expect(toHex8('#00000060')).toBe('#00000060');
    expect(toHex8('#FF8800')).toBe('#ff8800ff');
    expect(toHex8('#f80')).toBe('#ff8800ff');
    expect(toHex8('rgb(255,136,0)')).toBe('#ff8800ff');
    expect(toHex8('rgba(0, 0, 0, 0.5)')).toBe('#00000080');
    expect(toHex8('')).toBe('#000000ff');
  });
  it('writes opaque colours as rgb() and translucent ones as #rrggbbaa', () => {
    expect(fromHex8('#ff8800ff')).toBe('rgb(255,136,0)');
    expect(fromHex8('#12345660')).toBe('#12345660');
  });
  it('the shadow default survives a round trip', () => {
    expect(fromHex8(toHex8('#00000060'))).toBe('#00000060');
    expect(alphaPercent('#00000060')).toBe(38);
  });
});
