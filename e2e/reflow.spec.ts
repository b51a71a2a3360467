import type { Page } from '@playwright/test';
import { parse } from '../src/domain/parse';
import { placementIssues } from '../src/domain/reflow';
import type { EditorProjectRequest } from '../src/domain/schema/request';
import { expect, test, type EditorPage } from './fixtures/editor';
import { screenshotPath } from './fixtures/screenshot-path';

const shot = screenshotPath;

/** Preflight's frame and face-cover findings on a request (codes with clip ids). */
function placement(request: EditorProjectRequest) {
  const parsed = parse(request);
  if (!parsed.ok) throw parsed.error;
  return placementIssues(parsed.project).map((i) => `${i.code}:${i.clipId ?? ''}`);
}

async function reflowVia(
  page: Page,
  open: () => Promise<unknown>,
  to: string,
  dialogShot?: string,
) {
  await open();
  const dialog = page.getByRole('dialog', { name: 'Switch orientation' });
  await expect(dialog.getByRole('img', { name: 'Before' })).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'After' })).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Reflow warnings' })).toHaveCount(0);
  if (dialogShot) await dialog.screenshot({ path: shot(dialogShot) });
  await dialog.getByRole('button', { name: `Reflow to ${to}` }).click();
  await expect(dialog).toBeHidden();
}

async function roundTrip(editor: EditorPage, page: Page, name: string, file: string) {
  await editor.importFile(file);
  const stage = page.getByTestId('stage');
  const original = await editor.request();
  const originalIssues = placement(original);
  expect(originalIssues.filter((c) => c.startsWith('clip.outside'))).toEqual([]);
  await stage.screenshot({ path: shot(`reflow-${name}-landscape.png`) });

  // Switching orientation offers the reflow.
  await reflowVia(
    page,
    () => page.getByLabel('Orientation').selectOption('portrait'),
    'portrait 9:16',
    // The README shows one dialog, the four-clip project's.
    name === 'four-clip' ? 'reflow-four-clip-dialog.png' : undefined,
  );
  const portrait = await editor.request();
  expect(portrait.orientation).toBe('portrait');
  const portraitIssues = placement(portrait);
  expect(portraitIssues.filter((c) => c.startsWith('clip.outside'))).toEqual([]);
  expect(portraitIssues.filter((c) => !originalIssues.includes(c))).toEqual([]);
  await page.getByRole('button', { name: 'Fit' }).click();
  await stage.screenshot({ path: shot(`reflow-${name}-portrait.png`) });

  // One undo restores the original exactly; redo brings the reflow back.
  await page.keyboard.press('Control+z');
  expect(await editor.request()).toEqual(original);
  await page.keyboard.press('Control+Shift+z');
  expect(await editor.request()).toEqual(portrait);

  // And back, with the one-click action.
  await reflowVia(
    page,
    () => page.getByRole('button', { name: '⇄ Reflow to landscape' }).click(),
    'landscape 16:9',
  );
  const back = await editor.request();
  expect(back.orientation).toBe('landscape');
  const backIssues = placement(back);
  expect(backIssues.filter((c) => c.startsWith('clip.outside'))).toEqual([]);
  expect(backIssues.filter((c) => !portraitIssues.includes(c))).toEqual([]);
  await page.keyboard.press('Control+z');
  expect(await editor.request()).toEqual(portrait);
}

test('reflows the seed sample to portrait and back', async ({ editor, page }) => {
  await roundTrip(editor, page, 'seed', 'seed-000-request.json');
});

test('reflows a designed four-clip landscape project to portrait and back', async ({
  editor,
  page,
}) => {
  await roundTrip(editor, page, 'four-clip', 'four-clip-landscape-request.json');
});

test('"Switch only" changes the orientation and leaves every clip where it was', async ({
  editor,
  page,
}) => {
  await editor.importFile('four-clip-landscape-request.json');
  const before = await editor.request();
  await page.getByLabel('Orientation').selectOption('portrait');
  await page.getByRole('button', { name: /Switch only/ }).click();
  const after = await editor.request();
  expect(after.orientation).toBe('portrait');
  expect(after.scenes).toEqual(before.scenes);
});
