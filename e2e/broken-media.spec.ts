import { expect, fixturePath, test } from './fixtures/editor';

test('an image URL that 404s is named on the stage, in Layers and as a preflight error', async ({
  editor,
  page,
  baseURL,
}) => {
  await editor.request();
  const url = `${baseURL}/uploads/no-such-picture.png`;
  await page.getByRole('tab', { name: 'Media' }).click();
  await page.getByLabel('Image URL', { exact: true }).fill(url);
  await page.getByRole('button', { name: 'Add', exact: true }).first().click();
  const marker = page
    .getByRole('list', { name: 'Layers' })
    .getByRole('img', { name: 'Does not load' });
  await expect(marker).toBeVisible();
  await expect(marker).toHaveAttribute('title', /404/);
  await page.getByRole('button', { name: 'JSON' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(`does not load from ${url}`, { exact: false })).toBeVisible();
  await expect(dialog.getByText(/404: there is no file at this address/)).toBeVisible();
});

test('a text file renamed fake.png is refused or named, never placed without a word', async ({
  editor,
  page,
}) => {
  await editor.request();
  await page.getByRole('tab', { name: 'Media' }).click();
  await page.getByLabel('Upload image').setInputFiles(fixturePath('fake.png'));
  // The server may refuse it by its content (then its message shows), or the stage names it.
  const refused = page.locator('.error-text').filter({ hasText: /not|image|picture/i });
  const named = page
    .getByRole('list', { name: 'Layers' })
    .getByRole('img', { name: 'Does not load' });
  await expect(refused.or(named)).toBeVisible();
  if (await named.isVisible())
    await expect(named).toHaveAttribute('title', /holds text, not a picture/);
});
