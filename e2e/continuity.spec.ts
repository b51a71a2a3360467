import { expect, test } from './fixtures/editor';

test('a batch in progress goes on after a reload', async ({ editor, page }) => {
  void editor; // opens the app
  test.setTimeout(90_000);
  await page.getByRole('button', { name: 'Batch' }).click();
  const dialog = page.getByRole('dialog', { name: /Batch chroma-key/ });
  await dialog.getByLabel('Concurrency').fill('1');
  for (let i = 1; i <= 2; i++) {
    if (i > 1) await dialog.getByRole('button', { name: '+ Row' }).click();
    await dialog.getByLabel(`Row ${i} language`).fill('ko');
    await dialog.getByLabel(`Row ${i} text`).fill(`Line ${i}`);
    await dialog.getByLabel(`Row ${i} avatar`).fill('M000004017');
    await dialog.getByLabel(`Row ${i} outfit`).fill('BG00006160');
  }
  await dialog.getByRole('button', { name: 'Run' }).click();
  await expect(dialog.locator('tr[data-row-state="rendering"]')).toHaveCount(1, {
    timeout: 15_000,
  });
  await page.reload();
  // Nothing is open after the reload: the runner works at the app level.
  await page.waitForFunction(() => Boolean(window.scenewright));
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Batch' }).click();
  const again = page.getByRole('dialog', { name: /Batch chroma-key/ });
  await expect(again.locator('tr[data-row-state="done"]')).toHaveCount(2, { timeout: 45_000 });
  await expect(again.getByRole('button', { name: 'Download all (2) as zip' })).toBeEnabled();
});

test('scenes reorder by drag in the strip', async ({ editor, page }) => {
  await page.getByRole('button', { name: '+ Scene' }).click();
  await page.getByRole('button', { name: '+ Scene' }).click();
  const before = (await editor.project()).scenes.map((s) => s.id);
  const cards = page.getByRole('navigation', { name: 'Scenes' }).locator('[data-scene-id]');
  await cards.nth(2).dragTo(cards.nth(0), { targetPosition: { x: 5, y: 20 }, steps: 10 });
  await expect
    .poll(async () => (await editor.project()).scenes.map((s) => s.id))
    .toEqual([before[2], before[0], before[1]]);
  expect((await editor.request()).scenes.map((s) => s.sceneIdx)).toEqual([0, 1, 2]);
});
