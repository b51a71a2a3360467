import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/editor';

type Box = { x: number; y: number; width: number; height: number };

/** Sub-pixel layout rounds: half a pixel either way is still inside. */
const SLACK = 0.5;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box;
}

function expectInside(name: string, inner: Box, outer: Box, where: string) {
  const msg = `${name} inside ${where}: ${JSON.stringify(inner)} in ${JSON.stringify(outer)}`;
  expect(inner.x, msg).toBeGreaterThanOrEqual(outer.x - SLACK);
  expect(inner.y, msg).toBeGreaterThanOrEqual(outer.y - SLACK);
  expect(inner.x + inner.width, msg).toBeLessThanOrEqual(outer.x + outer.width + SLACK);
  expect(inner.y + inner.height, msg).toBeLessThanOrEqual(outer.y + outer.height + SLACK);
}

/** Every scene card (number and duration included) and every strip button is wholly in view. */
async function expectStripInView(page: Page) {
  const viewport = page.viewportSize()!;
  const window: Box = { x: 0, y: 0, ...viewport };
  const strip = page.getByRole('navigation', { name: 'Scenes' });
  const stripBox = await boxOf(strip);
  expectInside('the strip', stripBox, window, 'the window');

  const cards = strip.locator('[data-scene-id]');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  for (const card of await cards.all()) {
    const name = (await card.getAttribute('aria-label')) ?? 'a scene card';
    const box = await boxOf(card);
    expectInside(name, box, window, 'the window');
    expectInside(name, box, stripBox, 'the strip');
    for (const part of [card.locator('.meta strong'), card.getByTitle('Estimated speech duration')])
      expectInside(`${name}'s ${await part.textContent()}`, await boxOf(part), box, 'its card');
  }

  const buttons = strip.getByRole('button');
  expect(await buttons.count()).toBeGreaterThanOrEqual(5);
  for (const button of await buttons.all()) {
    const name = `the ${await button.textContent()} button`;
    const box = await boxOf(button);
    expectInside(name, box, window, 'the window');
    expectInside(name, box, stripBox, 'the strip');
  }
  // Nothing is hidden under the strip's edge either: it has no vertical overflow to scroll.
  const overflows = await strip.evaluate((el) => el.scrollHeight > el.clientHeight);
  expect(overflows, 'the strip overflows vertically').toBe(false);
}

async function addTwoScenes(page: Page) {
  const cards = page.getByRole('navigation', { name: 'Scenes' }).locator('[data-scene-id]');
  const before = await cards.count();
  await page.getByRole('button', { name: '+ Scene' }).click();
  await page.getByRole('button', { name: '+ Scene' }).click();
  await expect(cards).toHaveCount(before + 2);
}

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} the portrait scene strip shows every card and button whole`, async ({
    editor,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.getByLabel('Orientation').selectOption('portrait');
    const dialog = page.getByRole('dialog', { name: 'Switch orientation' });
    await dialog.getByRole('button', { name: 'Reflow to portrait 9:16' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(async () => (await editor.request()).orientation).toBe('portrait');
    await addTwoScenes(page);
    await expectStripInView(page);

    // The thumbnails keep the picture's 9:16 shape and fill their cards' width.
    for (const card of await page.locator('.scene-card').all()) {
      const thumb = await boxOf(card.locator('.thumb-box'));
      expect(Math.abs(thumb.width / thumb.height - 9 / 16)).toBeLessThan(0.01);
    }
    await page.screenshot({ path: test.info().outputPath(`portrait-strip-${width}.png`) });
  });

  test(`at ${width}×${height} the landscape scene strip shows every card and button whole`, async ({
    editor,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    expect((await editor.request()).orientation).toBe('landscape');
    await addTwoScenes(page);
    await expectStripInView(page);
  });
}
