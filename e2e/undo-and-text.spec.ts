import { expect, test, type EditorPage } from './fixtures/editor';
import type { Page } from '@playwright/test';

const AVATAR = 'aiModel-1h4ij5h8e87';
const undoDepth = (page: Page) => page.evaluate(() => window.scenewright!.undoDepth());
const textClip = async (editor: EditorPage) =>
  (await editor.request()).scenes[0]!.clips.find((c) => c.type === 'textImage') as unknown as {
    id: string;
    text: string;
    left: number;
    top: number;
    height: number;
  };
const renderedHeight = (page: Page, id: string) =>
  page.evaluate((clipId) => window.scenewright!.objectSize(clipId)!.height, id);

async function addText(editor: EditorPage) {
  await editor.page.getByRole('tab', { name: 'Text' }).click();
  await editor.page.getByRole('button', { name: 'Add text' }).click();
  return textClip(editor);
}

test("a slow typist's burst (keys 1.5 s apart, no blur) is one undo step", async ({
  editor,
  page,
}) => {
  await page.clock.install();
  await addText(editor);
  const field = page.getByRole('textbox', { name: 'Text', exact: true });
  await field.focus();
  await page.keyboard.press('End');
  const before = await undoDepth(page);
  for (const key of [' ', 's', 'l', 'o', 'w']) {
    await page.keyboard.down(key);
    await page.keyboard.up(key);
    await page.clock.runFor(1500);
  }
  expect((await textClip(editor)).text).toMatch(/ slow$/);
  expect(await undoDepth(page)).toBe(before + 1);
  // A held key is one gesture from its first press through its repeats to its release.
  await field.blur();
  await page.getByRole('list', { name: 'Layers' }).locator('li[data-clip-id]').first().click();
  const left = (await textClip(editor)).left;
  await page.keyboard.down('ArrowRight');
  await page.keyboard.down('ArrowRight'); // auto-repeat
  await page.keyboard.down('ArrowRight');
  await page.keyboard.up('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect((await textClip(editor)).left).toBe(left + 4);
  expect(await undoDepth(page)).toBe(before + 3);
  await page.keyboard.press('Control+z');
  expect((await textClip(editor)).left).toBe(left + 3);
});

test('a 72 pt two-line title: the request height is the rendered height, also after undo and a font change', async ({
  editor,
  page,
}) => {
  const { id } = await addText(editor);
  await page
    .getByRole('textbox', { name: 'Text', exact: true })
    .fill('Quarterly results\nfor everyone');
  await page.getByLabel('Size (pt)').fill('72');
  await page.getByLabel('Size (pt)').blur();
  const title = await textClip(editor);
  const shown = await renderedHeight(page, id);
  expect(shown).toBeGreaterThan(200); // two lines of 96 px
  expect(Math.abs(title.height - shown)).toBeLessThanOrEqual(1);

  await page.getByLabel('Weight').selectOption('700');
  await page.getByText('Italic').click();
  expect(
    Math.abs((await textClip(editor)).height - (await renderedHeight(page, id))),
  ).toBeLessThanOrEqual(1);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Control+z');
    expect(
      Math.abs((await textClip(editor)).height - (await renderedHeight(page, id))),
    ).toBeLessThanOrEqual(1);
  }
  expect((await textClip(editor)).height).toBeLessThan(shown);
});

test('text typed on the stage is kept when the page closes mid-typing', async ({
  editor,
  page,
  context,
}) => {
  const clip = await addText(editor);
  const at = await editor.clientPoint(clip.left + 20, clip.top + 20);
  await page.mouse.dblclick(at.x, at.y);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Typed on the stage');
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto('/');
  await again.waitForFunction(() => Boolean(window.scenewright));
  const request = await again.evaluate(() => window.scenewright!.getRequest());
  const text = request.scenes[0]!.clips.find((c) => c.type === 'textImage') as { text: string };
  expect(text.text).toBe('Typed on the stage');
});

test('undo after a scene switch shows the changed scene with the changed clip selected', async ({
  editor,
  page,
}) => {
  await editor.importFile('seed-000-request.json');
  await page.getByRole('button', { name: '+ Scene' }).click();
  await page.getByRole('button', { name: 'Scene 1', exact: true }).click();
  const centre = await editor.clientPoint(900, 500);
  await page.mouse.click(centre.x, centre.y);
  expect(await editor.selection()).toEqual([AVATAR]);
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Scene 2', exact: true }).click();
  const [first, second] = (await editor.project()).scenes.map((s) => s.id);
  expect(await page.evaluate(() => window.scenewright!.getActiveSceneId())).toBe(second);
  await page.keyboard.press('Control+z');
  expect(await page.evaluate(() => window.scenewright!.getActiveSceneId())).toBe(first);
  expect(await editor.selection()).toEqual([AVATAR]);
  await expect(page.getByRole('button', { name: 'Scene 1', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test("an imported project's text heights are measured on import, with no undo step", async ({
  editor,
  page,
}) => {
  const { id } = await addText(editor);
  const request = await editor.request();
  const clip = request.scenes[0]!.clips.find((c) => c.id === id) as unknown as Record<
    string,
    unknown
  >;
  // A request written by hand or by another tool: a two-line 72 pt title in a box far too short.
  Object.assign(clip, { text: 'Quarterly results\nfor everyone', fontSize: 72, height: 40 });
  await editor.importText(JSON.stringify(request));
  await expect(page.getByRole('dialog', { name: 'Import a project' })).toBeHidden();
  const shown = await renderedHeight(page, id);
  expect(shown).toBeGreaterThan(200);
  expect(Math.abs((await textClip(editor)).height - shown)).toBeLessThanOrEqual(1);
  expect(await undoDepth(page)).toBe(0);
});

test('Ctrl+Z with a dialog open leaves the script behind it as typed', async ({ editor, page }) => {
  const script = page.getByLabel('Script text');
  await script.click();
  await page.keyboard.type('Welcome everyone.');
  await page.keyboard.press('Tab');
  await script.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Our new price is 49 dollars.');
  await page.keyboard.press('Tab');
  const typed = 'Welcome everyone. Our new price is 49 dollars.';
  const spoken = async () => (await editor.request()).scenes[0]!.scripts?.[0]?.org;
  expect(await spoken()).toContain(typed);
  const depth = await undoDepth(page);
  for (const opener of ['Jobs', 'Export']) {
    await page.getByRole('button', { name: opener, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    if (opener === 'Export') {
      // A focused select holds no typing of its own either.
      await dialog.getByRole('combobox').first().focus();
      await page.keyboard.press('Control+z');
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  expect(await spoken()).toContain(typed);
  expect(await undoDepth(page)).toBe(depth);
  // Outside a dialog the key is still the editor's undo.
  await page.getByRole('button', { name: 'Fit', exact: true }).focus();
  await page.keyboard.press('Control+z');
  expect(await undoDepth(page)).toBe(depth - 1);
});

test("Ctrl+Z in a field changes only that field: past the field's own typing it never reaches the script", async ({
  editor,
  page,
}) => {
  const script = page.getByLabel('Script text');
  await script.click();
  await page.keyboard.type('Welcome to our spring sale.');
  await page.keyboard.press('Tab');
  const spoken = async () => (await editor.request()).scenes[0]!.scripts?.[0]?.org;
  const typed = await spoken();
  expect(typed).toContain('Welcome to our spring sale.');
  const depth = await undoDepth(page);
  // A field in a dialog, and one in the toolbar (the project's name).
  await page.getByRole('button', { name: 'Custom avatar', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const field = dialog.locator('textarea').first();
  await field.click();
  await page.keyboard.type('ab');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const name = page.getByLabel('Project name');
  await name.click();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+z');
  expect(await spoken()).toBe(typed);
  expect(await undoDepth(page)).toBe(depth);
});
