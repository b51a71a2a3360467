import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountTestStage, type TestStage } from '../testing/test-stage';

let ed: TestStage;
let ids: string[];

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};
/** Moves a clip and back: the same picture, drawn anew (the stage's last snapshot is stale). */
const redraw = async () => {
  const { left } = ed.clip(ids[0]!) as { left: number };
  ed.commands.clips.transform({ [ids[0]!]: { left: left + 1 } });
  ed.commands.clips.transform({ [ids[0]!]: { left } });
  await frames();
};
async function pixels(url: string) {
  const img = new Image();
  img.src = url;
  await img.decode();
  const c = Object.assign(document.createElement('canvas'), {
    width: img.width,
    height: img.height,
  });
  const ctx = c.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, c.width, c.height).data;
}

beforeEach(async () => {
  ed = mountTestStage();
  for (const name of ['Square', 'Circle', 'Star'] as const) ed.commands.insert.shape(name);
  ids = ed.scene().clips.map((c) => c.id);
  ed.commands.clips.transform({
    [ids[0]!]: { left: 100, top: 100 },
    [ids[1]!]: { left: 800, top: 300 },
    [ids[2]!]: { left: 1400, top: 600 },
  });
  ed.commands.clips.clearSelection();
  await frames();
});
afterEach(() => ed.dispose());

describe('a thumbnail copied from the frame the stage drew', () => {
  it('costs no second draw of the clips', async () => {
    const before = ed.stage.stats();
    expect(ed.stage.snapshot(0.1)).toMatch(/^data:image\/png;base64,/);
    const after = ed.stage.stats();
    expect(after.snapshots - before.snapshots).toBe(1);
    expect(after.renders - before.renders).toBe(0);
  });

  it('leaves out the selection controls drawn over the clips', async () => {
    await redraw();
    const plain = ed.stage.snapshot(0.1)!;
    ed.commands.clips.select([ids[1]!]);
    await redraw();
    const selected = ed.stage.snapshot(0.1)!;
    expect(selected).toBe(plain);
  });

  it('matches a full draw of the frame, which a stage zoomed in past the frame takes', async () => {
    ed.stage.zoomTo(3);
    await redraw();
    const before = ed.stage.stats();
    const drawn = await pixels(ed.stage.snapshot(0.1)!);
    expect(ed.stage.stats().renders - before.renders).toBe(1);
    ed.stage.zoomToFit();
    await redraw();
    const copied = await pixels(ed.stage.snapshot(0.1)!);
    expect(copied.length).toBe(drawn.length);
    let total = 0;
    for (let i = 0; i < drawn.length; i++) total += Math.abs(drawn[i]! - copied[i]!);
    // Downscaled from the frame rather than drawn small: edges differ by a little, nothing more.
    expect(total / drawn.length).toBeLessThan(3);
  });
});
