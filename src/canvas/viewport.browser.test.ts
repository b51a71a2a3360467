import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountTestStage, type TestStage } from '../testing/test-stage';
import { FIT_MARGIN } from './viewport-math';

let ed: TestStage;
beforeEach(() => {
  ed = mountTestStage({ width: 960, height: 600 });
});
afterEach(() => ed.dispose());

const hostRect = () => ed.host.getBoundingClientRect();
const client = (x: number, y: number) => ed.stage.designToClient(x, y);

function wheel(at: { x: number; y: number }, init: WheelEventInit) {
  const p = client(at.x, at.y);
  const event = new WheelEvent('wheel', {
    clientX: p.x,
    clientY: p.y,
    bubbles: true,
    cancelable: true,
    ...init,
  });
  ed.host.querySelector('canvas.upper-canvas')!.dispatchEvent(event);
  return event;
}

describe('viewport: zoom to fit, zoom about a point, pan', () => {
  it('fits the whole 1920×1080 frame centred, with the margin on the tighter side', () => {
    const rect = hostRect();
    const topLeft = client(0, 0);
    const bottomRight = client(1920, 1080);
    expect(topLeft.x - rect.left).toBeCloseTo(FIT_MARGIN, 5);
    expect(rect.right - bottomRight.x).toBeCloseTo(FIT_MARGIN, 5);
    expect(topLeft.y - rect.top).toBeCloseTo(rect.bottom - bottomRight.y, 5);
    expect(ed.stage.getZoom()).toBeCloseTo((960 - 2 * FIT_MARGIN) / 1920, 10);
  });

  it('zoomTo keeps the design point at the view centre where it was', () => {
    const rect = hostRect();
    const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    const zoom = ed.stage.getZoom();
    const designAtCentre = {
      x: (centre.x - client(0, 0).x) / zoom,
      y: (centre.y - client(0, 0).y) / zoom,
    };
    const seen: number[] = [];
    const off = ed.stage.onZoom((z) => seen.push(z));
    ed.stage.zoomTo(1);
    off();
    expect(seen).toEqual([1]);
    const after = client(designAtCentre.x, designAtCentre.y);
    expect(after.x).toBeCloseTo(centre.x, 6);
    expect(after.y).toBeCloseTo(centre.y, 6);
  });

  it('Ctrl+wheel zooms in about the pointer: the design point under it stays under it', () => {
    const under = { x: 1500, y: 300 };
    const before = client(under.x, under.y);
    const zoom = ed.stage.getZoom();
    expect(wheel(under, { deltaY: -100, ctrlKey: true }).defaultPrevented).toBe(true);
    expect(ed.stage.getZoom()).toBeGreaterThan(zoom);
    const after = client(under.x, under.y);
    expect(after.x).toBeCloseTo(before.x, 6);
    expect(after.y).toBeCloseTo(before.y, 6);
  });

  it('a plain wheel pans by its deltas and zoomToFit brings the frame back', () => {
    const before = client(0, 0);
    wheel({ x: 960, y: 540 }, { deltaX: 30, deltaY: 50 });
    const after = client(0, 0);
    expect(after.x - before.x).toBeCloseTo(-30, 6);
    expect(after.y - before.y).toBeCloseTo(-50, 6);
    ed.stage.zoomToFit();
    expect(client(0, 0)).toEqual(before);
  });

  it('Space+drag pans the view and moves no clip', async () => {
    ed.commands.insert.shape('Square');
    ed.tick();
    const [square] = ed.scene().clips;
    const { left, top } = ed.clip(square!.id) as { left: number; top: number };
    const depth = ed.undoDepth();
    const before = client(0, 0);
    ed.keyboard.keyDown(' ');
    const zoom = ed.stage.getZoom();
    // From the square's centre, 100 screen px right and 40 down.
    const from = ed.centreOf(square!.id);
    await ed.drag(from, { x: from.x + 100 / zoom, y: from.y + 40 / zoom });
    ed.keyboard.keyUp(' ');
    const after = client(0, 0);
    expect(Math.round(after.x - before.x)).toBe(100);
    expect(Math.round(after.y - before.y)).toBe(40);
    expect(ed.clip(square!.id)).toMatchObject({ left, top });
    expect(ed.undoDepth()).toBe(depth);
  });
});
