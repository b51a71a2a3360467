import { expect, test } from './fixtures/editor';
import type { Page } from '@playwright/test';

const shapes = (page: Page) =>
  page.evaluate(() =>
    window
      .scenewright!.getRequest()
      .scenes[0]!.clips.flatMap((c) => (c.type === 'shape' ? [c.shapeName] : []))
      .sort(),
  );
const addShape = async (page: Page, name: string) => {
  await page.getByRole('tab', { name: 'Shapes' }).click();
  await page.getByRole('button', { name: `Add shape ${name}` }).click();
};
const open = async (page: Page) => {
  await page.goto('/');
  await page.waitForFunction(() => Boolean(window.scenewright));
};

test('two pages on one project: the second is told, takes over, the first turns read-only; nothing is lost', async ({
  editor,
  page,
  context,
}) => {
  await editor.request();
  await addShape(page, 'Star');
  const second = await context.newPage();
  await open(second);
  const notice = second.getByRole('alertdialog', { name: 'Open in another tab' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: /Edit here/ }).click();
  await expect(notice).toBeHidden();
  expect(await shapes(second)).toEqual(['Star']);
  await expect(page.getByRole('alertdialog', { name: 'Now edited in another tab' })).toBeVisible();

  await addShape(second, 'Diamond');
  // The first page cannot change the document behind the other's back.
  await page.keyboard.press('Control+z');
  expect(await shapes(page)).toEqual(['Star']);

  await page.reload();
  await page.waitForFunction(() => Boolean(window.scenewright));
  const again = page.getByRole('alertdialog', { name: 'Open in another tab' });
  await again.getByRole('button', { name: /Edit here/ }).click();
  await expect(again).toBeHidden();
  expect(await shapes(page)).toEqual(['Diamond', 'Star']);
  await expect(
    second.getByRole('alertdialog', { name: 'Now edited in another tab' }),
  ).toBeVisible();
  await second.close();
});

test('a second page may go on in a copy and leave the first alone', async ({
  editor,
  page,
  context,
}) => {
  await addShape(page, 'Star');
  const second = await context.newPage();
  await open(second);
  await second.getByRole('button', { name: 'Open a copy' }).click();
  await expect(second.getByRole('alertdialog')).toBeHidden();
  await addShape(second, 'Diamond');
  expect(await shapes(second)).toEqual(['Diamond', 'Star']);
  await expect(second.getByLabel('Project name')).toHaveValue('Untitled project (copy)');
  await addShape(page, 'Circle');
  expect(await shapes(page)).toEqual(['Circle', 'Star']);
  await expect(page.getByRole('alertdialog')).toBeHidden();
  expect((await editor.project()).name).toBe('Untitled project');
  await second.close();
});
