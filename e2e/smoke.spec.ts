import { expect, seedRequest, test } from './fixtures/editor';

test('the app shell opens on a blank landscape project with a valid request', async ({
  editor,
  page,
}) => {
  await expect(page.getByRole('navigation', { name: 'Scenes' })).toBeVisible();
  await expect(page.getByTestId('stage').locator('canvas').first()).toBeVisible();
  const request = await editor.request();
  expect(request.orientation).toBe('landscape');
  expect(request.scenes).toHaveLength(1);
  expect(request.scenes[0]!.sceneIdx).toBe(0);
});

test('importing the seed sample from a file gives back the same request', async ({ editor }) => {
  await editor.importFile('seed-000-request.json');
  expect(await editor.request()).toEqual(seedRequest);
});
