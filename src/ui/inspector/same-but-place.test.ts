import { describe, expect, it } from 'vitest';
import type { ShapeClip } from '../../domain/schema/clips';
import { sameButPlace } from './same-but-place';

const clip = {
  id: 'shape-1',
  type: 'shape',
  shapeName: 'Star',
  left: 0,
  top: 0,
  width: 100,
  height: 100,
  fill: 'rgb(0,0,0)',
} as unknown as ShapeClip;

describe('inspector sections below the geometry', () => {
  it('skip a re-render for a move only', () => {
    expect(sameButPlace({ clip }, { clip: { ...clip, left: 40, top: 9 } })).toBe(true);
  });

  it('re-render for any other field, one added or one removed', () => {
    expect(sameButPlace({ clip }, { clip: { ...clip, width: 101 } })).toBe(false);
    expect(sameButPlace({ clip }, { clip: { ...clip, fill: 'rgb(1,0,0)' } })).toBe(false);
    expect(sameButPlace({ clip }, { clip: { ...clip, stroke: 'red' } })).toBe(false);
    const { fill: _fill, ...noFill } = clip;
    expect(sameButPlace({ clip }, { clip: noFill as ShapeClip })).toBe(false);
  });
});
