import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/editor';

/** Every text the app's live region takes, in order (a repeat included): read with `said()`. */
async function recordAnnouncements(page: Page) {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="announcer"]')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const focusIsInDialog = (page: Page) =>
  page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));

test('Run keeps focus in the batch dialog, and the batch is announced row by row', async ({
  editor,
  page,
}) => {
  void editor;
  test.setTimeout(90_000);
  const said = await recordAnnouncements(page);
  await page.getByRole('button', { name: 'Batch' }).click();
  const dialog = page.getByRole('dialog', { name: /Batch chroma-key/ });
  await dialog.getByLabel('Row 1 text').fill('Hello from a batch.');
  await dialog.getByLabel('Row 1 avatar').fill('M000004017');
  await dialog.getByLabel('Row 1 outfit').fill('BG00006160');
  await dialog.getByRole('button', { name: 'Run' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Run' })).toBeDisabled();
  await expect(dialog.getByRole('progressbar').first()).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focusIsInDialog(page)).toBe(true);
  await expect.poll(said).toContain('Batch started: 1 row queued');
  const saidAll = async () => (await said()).join(' | ');
  await expect.poll(saidAll, { timeout: 45_000 }).toContain('Row 1 finished');
  await expect.poll(saidAll, { timeout: 15_000 }).toContain('Batch finished: 1 done, 0 failed');
});

test('deleting a Layers row moves focus to the next row, says what went, and undo brings focus back', async ({
  editor,
  page,
}) => {
  await editor.importFile('four-clip-landscape-request.json');
  const live = page.getByTestId('announcer');
  const rows = page.getByRole('list', { name: 'Layers' }).getByRole('listitem');
  await expect(rows).toHaveCount(4);
  const ids = await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-clip-id')));
  const second = rows.nth(1).locator('.layer-name');
  const shown = `${await second.locator('.kind').textContent()} '${await second.locator('.name').textContent()}`;

  await second.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(3);
  // The row shows the start of a text; the live region says more of it.
  await expect(live).toHaveText(new RegExp(`^Deleted ${escapeRegExp(shown)}`));
  await expect(rows.nth(1).locator('.layer-name')).toBeFocused();
  await expect(rows.nth(1)).toHaveAttribute('data-clip-id', ids[2]!);

  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toHaveAttribute('data-clip-id', ids[1]!);
  await expect(rows.nth(1).locator('.layer-name')).toBeFocused();

  // The last row hands focus to the one before it; the last clip of all to the empty list.
  await rows.nth(3).locator('.layer-name').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(rows.nth(2).locator('.layer-name')).toBeFocused();
  for (const left of [3, 2, 1]) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    await expect(rows).toHaveCount(left - 1);
  }
  await expect(page.getByText('No clips in this scene yet', { exact: false })).toBeFocused();
});

test('deleting the last but one scene says so and leaves focus on the scene shown', async ({
  editor,
  page,
}) => {
  void editor;
  const live = page.getByTestId('announcer');
  const strip = page.getByRole('navigation', { name: 'Scenes' });
  await strip.getByRole('button', { name: '+ Scene' }).click();
  await expect(live).toHaveText('Scene 2 of 2 added');
  await strip.getByRole('button', { name: 'Scene 1', exact: true }).click();
  await expect(live).toHaveText('Scene 1 of 2, 0 clips');

  const remove = strip.getByRole('button', { name: 'Delete scene' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(remove).toBeDisabled();
  await expect(live).toHaveText('Scene 1 deleted. Scene 1 of 1, 0 clips');
  await expect(strip.getByRole('button', { name: 'Scene 1', exact: true })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(live).toHaveText(/^Undid: delete scene 1\. Scene 1 of 2/);
});

test('closing Jobs after an export returns focus to the toolbar’s Export button', async ({
  editor,
  page,
}) => {
  void editor;
  await page
    .getByRole('button', { name: /^Place avatar/ })
    .first()
    .click();
  await page.getByLabel('Script text').fill('Hello from the focus test.');
  const toolbarExport = page
    .getByRole('toolbar', { name: 'Editor toolbar' })
    .getByRole('button', { name: 'Export', exact: true });
  await toolbarExport.click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  await dialog.getByLabel('Export name').fill('Focus test');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const jobs = page.getByRole('dialog', { name: 'Jobs' });
  await expect(jobs).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(jobs).toBeHidden();
  await expect(toolbarExport).toBeFocused();
});

test('a placed avatar is spoken by the name the picker shows, not by its ids', async ({
  editor,
  page,
}) => {
  void editor;
  await page.getByRole('button', { name: 'Place avatar Ethan · Navy suit' }).click();
  const layers = page.getByRole('list', { name: 'Layers' });
  await expect(layers.getByRole('button', { name: 'Lock Ethan · Navy suit' })).toBeVisible();
  await expect(page.getByTestId('announcer')).toHaveText(/^Avatar 'Ethan · Navy suit', 1 of 1/);
});
