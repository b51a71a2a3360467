import type { Page } from '@playwright/test';
import { expect, test, type EditorPage } from './fixtures/editor';

const AVATAR = 'aiModel-1h4ij5h8e87';

const avatarLeft = async (editor: EditorPage) =>
  (await editor.request()).scenes[0]!.clips.find((c) => c.id === AVATAR)!.left ?? 0;
const clipCount = async (editor: EditorPage) => (await editor.request()).scenes[0]!.clips.length;

/** The seed project with its avatar selected from the Layers list. */
async function seedWithAvatarSelected(editor: EditorPage, page: Page) {
  await editor.importFile('seed-000-request.json');
  await page.locator(`li[data-clip-id="${AVATAR}"] .layer-name`).click();
  expect(await editor.selection()).toEqual([AVATAR]);
}

test('clip keys pressed on another widget are that widget’s: a scene card keeps the clip', async ({
  editor,
  page,
}) => {
  await seedWithAvatarSelected(editor, page);
  const left = await avatarLeft(editor);
  const card = page.getByRole('button', { name: 'Scene 1', exact: true });
  await card.focus();
  for (const key of ['Delete', 'Backspace', 'ArrowRight', 'Alt+ArrowRight', '.', '='])
    await page.keyboard.press(key);
  await page.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Delete');
  expect(await clipCount(editor)).toBe(1);
  expect(await avatarLeft(editor)).toBe(left);
  expect(await editor.selection()).toEqual([AVATAR]);

  // On the stage and on its Layers row the same keys act on the clip.
  await page.getByRole('application', { name: 'Stage' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => avatarLeft(editor)).toBe(left + 1);
  await page.locator(`li[data-clip-id="${AVATAR}"] .layer-name`).focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => clipCount(editor)).toBe(0);
});

test('undo and redo run from a focused select, checkbox or button, not only from the page', async ({
  editor,
  page,
}) => {
  await seedWithAvatarSelected(editor, page);
  const left = await avatarLeft(editor);
  await page.getByRole('application', { name: 'Stage' }).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => avatarLeft(editor)).toBe(left + 10);
  const select = page.getByLabel('Orientation');
  await select.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => avatarLeft(editor)).toBe(left);
  await page.keyboard.press('Control+y');
  await expect.poll(() => avatarLeft(editor)).toBe(left + 10);
  await page.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => avatarLeft(editor)).toBe(left);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => avatarLeft(editor)).toBe(left + 10);
});

test('a preflight issue is reached with Tab, shown with Enter, and leaves focus on the stage', async ({
  editor,
  page,
}) => {
  await editor.importFile('seed-000-request.json');
  await page.getByLabel('Script text').fill('');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  const issues = dialog.getByRole('list', { name: 'Preflight issues' });
  const show = issues.getByRole('button').first();
  await expect(show).toHaveAccessibleDescription('Show on stage');
  await expect(show).toHaveAccessibleName(/^(Error|Warning): /);
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('application', { name: 'Stage' })).toBeFocused();
  expect(await editor.selection()).toEqual([AVATAR]);
});

test('the “Add to scene” tabs are one Tab stop, walked with the arrow keys', async ({ editor }) => {
  const { page } = editor;
  const list = page.getByRole('tablist', { name: 'What to add' });
  const avatars = list.getByRole('tab', { name: 'Avatars' });
  await avatars.focus();
  await page.keyboard.press('ArrowRight');
  const text = list.getByRole('tab', { name: 'Text' });
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Text' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(list.getByRole('tab', { name: 'Media' })).toBeFocused();
  // Tab leaves the list for the panel rather than visiting the other tabs.
  await page.keyboard.press('Shift+Tab');
  await expect(list.getByRole('tab')).not.toHaveCount(0);
  for (const tab of await list.getByRole('tab').all()) await expect(tab).not.toBeFocused();
});

test('data merge: the paste summary reads right, contact sheet names say their note, and Send leaves focus on the progress', async ({
  editor,
  page,
}) => {
  const dialog = await editor.mergeWithPastedRows('name\nReach One\n');
  await expect(dialog.getByRole('status')).toHaveText(
    'Pasted cells: 1 row, 1 column, comma-separated.',
  );
  await dialog.getByLabel('Pasted rows').fill('name,note\nReach One,a\n,b\nReach Three,c\n');
  await dialog.getByRole('button', { name: 'Use pasted rows' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Pasted cells: 3 rows, 2 columns, comma-separated.',
  );

  // Names of this spec's own: the server is shared by the specs of a run (merge.spec counts jobs).
  await dialog.getByRole('tab', { name: 'Check' }).click();
  await dialog.getByRole('button', { name: 'Check 3 rows' }).click();
  const blocked = dialog.getByRole('button', { name: /^Row 2, blocked · / });
  await expect(blocked).toBeVisible();
  // Every frame's name holds what its label shows (WCAG 2.5.3, label in name).
  for (const contact of await dialog.locator('.contact').all()) {
    const label = (await contact.locator('.contact-label').textContent())!.replace(/^\d+/, '');
    expect(await contact.getAttribute('aria-label')).toContain(label);
  }

  await dialog.getByRole('tab', { name: 'Run' }).click();
  await dialog.getByLabel('Concurrency').fill('1');
  await dialog.getByRole('button', { name: 'Send 2 of 3 rows' }).focus();
  await page.keyboard.press('Enter');
  const progress = dialog.getByRole('status', { name: 'Run progress' });
  await expect(progress).toBeFocused();
  // Cancel goes when the run stops: focus stays on the progress, not the dialog's frame.
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(progress).toBeFocused();
});
