import { afterEach, describe, expect, it } from 'vitest';
import { SNAP_SCREEN_PX } from './snap-controller';
import { mountTestStage, type TestStage } from '../testing/test-stage';

let ed: TestStage;
afterEach(() => ed.dispose());

/** Two 300×300 squares on a landscape stage, snapping on (the default). */
function twoSquares() {
  ed = mountTestStage();
  expect(ed.store.getState().snapping).toBe(true);
  const [a, b] = ed.squaresAt({ left: 200, top: 200 }, { left: 1000, top: 600 }) as [
    string,
    string,
  ];
  return { a, b };
}

describe('snapping while a clip is dragged', () => {
  it('lands a box dropped within a few screen pixels of another clip’s edge exactly on it', async () => {
    const { a } = twoSquares();
    // Two screen pixels short of b's left edge (1000), where the pointer alone would leave it.
    const short = 2 / ed.stage.getZoom();
    expect(short).toBeLessThan(SNAP_SCREEN_PX / ed.stage.getZoom());
    await ed.drag({ x: 350, y: 250 }, { x: 350 + 800 - short, y: 250 + 37 }, 6);
    expect(ed.clip(a)).toMatchObject({ left: 1000 });
    expect(ed.undoDepth()).toBe(1);
  });

  it('leaves a box dropped farther than the snap distance where the pointer put it', async () => {
    const { a } = twoSquares();
    const far = (3 * SNAP_SCREEN_PX) / ed.stage.getZoom();
    await ed.drag({ x: 350, y: 250 }, { x: 350 + 800 - far, y: 250 + 37 }, 6);
    const pixel = 1 / ed.stage.getZoom();
    expect(Math.abs((ed.clip(a) as { left: number }).left - (1000 - far))).toBeLessThanOrEqual(
      pixel,
    );
  });
});
