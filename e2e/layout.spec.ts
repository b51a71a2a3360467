import { expect, test } from './fixtures/editor';

type Box = { left: number; top: number; width: number; height: number };

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} a drag started right after an edit lands where the pointer let go`, async ({
    editor,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // Time stands still: the "unsaved" state after the edit lasts through the whole drag.
    await page.clock.install();
    await page.getByRole('button', { name: 'Snap' }).click(); // the pointer alone decides
    await page.getByRole('tab', { name: 'Shapes' }).click();
    await page.getByRole('button', { name: 'Add shape Square' }).click();
    await page.clock.runFor(1000);
    const saved = page.locator('[data-save-state="saved"]');
    await expect(saved).toBeVisible();
    const toolbar = page.getByRole('toolbar', { name: 'Editor toolbar' });
    const barBefore = await toolbar.boundingBox();
    const shape = async () => (await editor.request()).scenes[0]!.clips[0] as unknown as Box;
    const start = await shape();
    await page.getByLabel('Project name').fill('A much longer project name than before');
    await page.getByLabel('Project name').press('Tab');
    const from = await editor.clientPoint(
      start.left + start.width / 2,
      start.top + start.height / 2,
    );
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 20, { steps: 3 });
    // The save lands mid-drag and its label changes under the pointer.
    await page.clock.runFor(1000);
    await expect(saved).toBeVisible();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 3 });
    await page.mouse.up();
    const end = await shape();
    const centre = await editor.clientPoint(end.left + end.width / 2, end.top + end.height / 2);
    expect(Math.abs(centre.x - (from.x + 60))).toBeLessThanOrEqual(1);
    expect(Math.abs(centre.y - (from.y + 40))).toBeLessThanOrEqual(1);
    // The bar is one row that fits: no wrap, nothing cut at the right edge.
    expect(barBefore!.height).toBeLessThanOrEqual(44);
    expect(await toolbar.boundingBox()).toEqual(barBefore);
    const fits = await toolbar.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`layout-${width}.png`) });
  });
}

test('below 1280 px the secondary dialogs are in the More menu', async ({ editor, page }) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect(page.getByRole('button', { name: 'JSON' })).toBeHidden();
  await page.getByRole('button', { name: 'More ▾' }).click();
  await page.getByRole('menuitem', { name: 'JSON' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await editor.request()).toBeTruthy();
});
