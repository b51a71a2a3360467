import type { EditorProjectRequest } from '../src/domain/schema/request';
import { expect, seedRequest, test, type EditorPage } from './fixtures/editor';

const expectInSync = async (editor: EditorPage) => {
  const request: EditorProjectRequest = await editor.request();
  for (const scene of request.scenes) {
    const avatar = scene.clips.find((c) => c.type === 'aiModel');
    if (!avatar || avatar.type !== 'aiModel') continue;
    expect(scene.scripts).toHaveLength(1);
    expect(scene.scripts![0]!.modelId).toBe(avatar.model.ai_name);
    expect(scene.scripts![0]!.clothId).toBe(avatar.model.emotion);
  }
  return request;
};

test('place an avatar, change its outfit: the script follows in every scene, also through undo/redo', async ({
  editor,
  page,
}) => {
  const tiles = page.getByRole('button', { name: /^Place avatar/ });
  await expect(tiles.first()).toBeEnabled();
  const estimate = page.getByRole('note', { name: 'Avatar size estimate' });
  await tiles.first().click();
  // Placed once the outfit thumbnail is measured: the stage then labels the estimate.
  await expect(estimate).toContainText('BG00002320');
  let request = await expectInSync(editor);
  const placed = request.scenes[0]!.clips.find((c) => c.type === 'aiModel')!;
  await page.getByRole('button', { name: '+ Scene' }).click();
  await tiles.nth(1).click();
  await expect(estimate).toContainText('BG00002321');
  await expectInSync(editor);
  await page.getByRole('button', { name: 'Scene 1', exact: true }).click();
  await page.getByRole('list', { name: 'Layers' }).locator('li').first().click();
  const outfit = page.getByLabel('Outfit');
  const options = await outfit.locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(1);
  await outfit.selectOption({ index: 1 });
  request = await expectInSync(editor);
  const changed = request.scenes[0]!.clips.find((c) => c.type === 'aiModel')!;
  expect(changed.left).toBe(placed.left);
  expect(changed.scaleX).toBe(placed.scaleX);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Control+z');
    await expectInSync(editor);
  }
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Control+Shift+z');
    await expectInSync(editor);
  }
  await page.getByRole('button', { name: 'Apply avatar, outfit and voice to all scenes' }).click();
  request = await expectInSync(editor);
  expect(request.scenes[1]!.scripts![0]!.clothId).toBe(request.scenes[0]!.scripts![0]!.clothId);
});

test('a Korean script typed with the keyboard lands in org', async ({ editor, page }) => {
  await page
    .getByRole('button', { name: /^Place avatar/ })
    .first()
    .click();
  await expect(page.getByRole('note', { name: 'Avatar size estimate' })).toBeVisible();
  const script = page.getByLabel('Script text');
  await script.click();
  await page.keyboard.insertText('안녕하세요, 반갑습니다.');
  await expect(page.getByLabel('Character count')).toHaveText('13 characters');
  const request = await editor.request();
  expect(request.scenes[0]!.scripts![0]!.org).toBe('<p>안녕하세요, 반갑습니다.</p>');
});

test('an imported outfit mismatch is an error with a one-click fix', async ({ editor, page }) => {
  const broken = structuredClone(seedRequest);
  broken.scenes[0]!.scripts![0]!.clothId = 'BG99999999';
  await editor.importText(JSON.stringify(broken));
  await expect(page.getByRole('alert')).toContainText('BG99999999');
  await page.getByRole('button', { name: 'JSON' }).click();
  await expect(page.getByRole('list', { name: 'Preflight issues' })).toContainText('clothId');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Use the avatar’s ids' }).click();
  expect(await editor.request()).toEqual(seedRequest);
});

test('the seed avatar joins the library and can be placed in a new project', async ({
  editor,
  page,
}) => {
  await editor.importFile('seed-000-request.json');
  await page.getByRole('button', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'New landscape' }).click();
  // The account lists name the outfit; the imported project gives it its real geometry.
  const tile = page.getByRole('button', { name: 'Place avatar Ethan · Navy suit' });
  await expect(tile).toContainText('size from a project');
  await tile.click();
  const request = await expectInSync(editor);
  const avatar = request.scenes[0]!.clips.find((c) => c.type === 'aiModel')!;
  expect(avatar.type === 'aiModel' && avatar.model).toEqual(seedRequest.scenes[0]!.clips[0]!.model);
});
