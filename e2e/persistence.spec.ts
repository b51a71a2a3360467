import { expect, seedRequest, test } from './fixtures/editor';

test('an edit survives a reload: same project, same request', async ({ editor, page }) => {
  await editor.importFile('seed-000-request.json');
  await page.getByLabel('Project name').fill('Reload test');
  await page.getByRole('button', { name: '+ Scene' }).click();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const before = await editor.request();
  expect(before.scenes).toHaveLength(2);
  await page.reload();
  await page.waitForFunction(() => Boolean(window.scenewright));
  expect(await editor.request()).toEqual(before);
  await expect(page.getByLabel('Project name')).toHaveValue('Reload test');
});

test('closing the tab mid-edit loses nothing', async ({ editor, page, context }) => {
  await editor.importFile('seed-000-request.json');
  await page.getByLabel('Script text').fill('The very last edit');
  const expected = await editor.request();
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto('/');
  await again.waitForFunction(() => Boolean(window.scenewright));
  const request = await again.evaluate(() => window.scenewright!.getRequest());
  expect(request).toEqual(expected);
  expect(request.scenes[0]!.scripts![0]!.org).toBe('<p>The very last edit</p>');
});

test('a broken import says where and leaves the open project alone', async ({ editor, page }) => {
  await editor.importFile('seed-000-request.json');
  const before = await editor.request();
  await editor.importText('{"scenes": [');
  await expect(page.getByRole('alert')).toContainText('Not valid JSON');
  await page.getByLabel('Paste JSON').fill(
    JSON.stringify({
      ...seedRequest,
      scenes: [
        {
          ...seedRequest.scenes[0],
          clips: [{ ...seedRequest.scenes[0]!.clips[0], layer: 'top' }],
        },
      ],
    }),
  );
  await page.getByRole('button', { name: 'Import pasted JSON' }).click();
  await expect(page.getByRole('alert')).toContainText('scenes[0].clips[0].layer');
  await page.keyboard.press('Escape');
  expect(await editor.request()).toEqual(before);
});

test('the project list opens, duplicates and deletes with undo', async ({ editor, page }) => {
  await editor.importFile('seed-000-request.json');
  await page.getByRole('button', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'New portrait' }).click();
  await expect.poll(async () => (await editor.request()).orientation).toBe('portrait');
  await page.getByRole('button', { name: 'Projects' }).click();
  const rows = page.getByRole('table', { name: 'Saved projects' }).locator('tbody tr');
  await expect(rows).toHaveCount(3); // the blank start project, the import, the new one
  await rows
    .filter({ has: page.locator('input[value^="Imported file"]') })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(rows).toHaveCount(2);
  await page
    .getByRole('dialog', { name: 'Projects' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(rows).toHaveCount(3);
  await rows
    .filter({ has: page.locator('input[value^="Imported file"]') })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect.poll(() => editor.request()).toEqual(seedRequest);
});
