import { EditorPage, expect, seedRequest, test } from './fixtures/editor';

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

test('a project the previous build saved (database version 1, whole rows) opens and goes on saving', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Before the app's own scripts: the database as the previous build left it, once.
  await page.addInitScript(
    (request) => {
      if (localStorage.getItem('e2e.seeded')) return;
      localStorage.setItem('e2e.seeded', '1');
      localStorage.setItem('scenewright.lastOpen', 'old-1');
      const open = indexedDB.open('scenewright', 1);
      open.onupgradeneeded = () => {
        for (const name of ['projects', 'avatars', 'meta'])
          open.result.createObjectStore(name, { keyPath: 'key' });
      };
      open.onsuccess = () => {
        const tx = open.result.transaction('projects', 'readwrite');
        tx.objectStore('projects').put({
          key: 'old-1',
          version: 1,
          name: 'Old build',
          savedAt: 1,
          request,
        });
        tx.oncomplete = () => open.result.close();
      };
    },
    { ...seedRequest, name: 'Saved by the old build' },
  );
  const editor = new EditorPage(page);
  await editor.open();
  await expect(page.getByLabel('Project name')).toHaveValue('Saved by the old build');
  expect((await editor.request()).scenes).toHaveLength(seedRequest.scenes.length);

  await page.getByLabel('Script text').fill('Saved by this build');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const expected = await editor.request();
  await page.reload();
  await page.waitForFunction(() => Boolean(window.scenewright));
  expect(await editor.request()).toEqual(expected);
  const row = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('scenewright');
        open.onsuccess = () => {
          const get = open.result.transaction('projects').objectStore('projects').get('old-1');
          get.onsuccess = () => (open.result.close(), resolve(get.result));
        };
      }),
  );
  expect(row).toMatchObject({ key: 'old-1', sceneIds: expect.any(Array) });
  expect(errors).toEqual([]);
});
