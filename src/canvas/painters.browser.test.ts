import { describe, expect, it } from 'vitest';
import { shapePainter, type ShapeStyle } from './painters';

const STYLE: ShapeStyle = { name: 'Star', fill: '#d02060', stroke: '#102030', strokeWidth: 6 };

function pixels(paint: ReturnType<typeof shapePainter>, w: number, h: number) {
  const el = document.createElement('canvas');
  Object.assign(el, { width: 240, height: 160 });
  const ctx = el.getContext('2d')!;
  paint(ctx, w, h);
  return ctx.getImageData(0, 0, 240, 160).data;
}

describe('a shape painter drawn at one size, then another', () => {
  it('draws each size as a fresh painter would (the path it keeps follows the size)', () => {
    const kept = shapePainter(STYLE);
    for (const [w, h] of [
      [100, 60],
      [220, 150],
      [220, 150],
      [100, 60],
    ] as const)
      expect(pixels(kept, w, h)).toEqual(pixels(shapePainter(STYLE), w, h));
    expect(pixels(kept, 100, 60)).not.toEqual(pixels(kept, 220, 150));
  });
});
