import type { Page } from '@playwright/test';
import { expect, seedRequest, test, type EditorPage } from './fixtures/editor';

// A long scene (100 clips): the Layers list mounts only the rows in view (issue 18), and every
// row must still be reachable, selectable and movable by keyboard and by mouse (issue 15).
const COUNT = 100;
const SHAPES = ['Square', 'Circle', 'Star', 'Triangle', 'Pentagon'];

async function importLongScene(editor: EditorPage) {
  const base = seedRequest.scenes[0]!;
  const avatar = base.clips.find((c) => c.type === 'aiModel')!;
  const shapes = Array.from({ length: COUNT - 1 }, (_, i) => ({
    id: `shape-long${i}`,
    type: 'shape',
    shapeName: SHAPES[i % SHAPES.length],
    tag: `Row ${i}`,
    layer: i + 2,
    left: (i * 97) % 1800,
    top: (i * 53) % 1000,
    width: 120,
    height: 80,
    scaleX: 1,
    scaleY: 1,
    angle: 0,
    opacity: 100,
    fill: 'rgb(200,80,80)',
  }));
  const request = {
    ...seedRequest,
    scenes: [{ ...base, clips: [{ ...avatar, layer: 1 }, ...shapes] }],
  };
  await editor.importText(JSON.stringify(request));
  await expect(editor.page.getByRole('dialog', { name: 'Import a project' })).toBeHidden();
}

const list = (page: Page) => page.getByRole('list', { name: 'Layers' });
const rows = (page: Page) => list(page).locator('li[data-clip-id]');
const row = (page: Page, tag: string) => list(page).locator('li', { hasText: tag });
/** Layer order of the scene, top first. */
const order = async (editor: EditorPage) =>
  (await editor.request()).scenes[0]!.clips.toSorted((a, b) => (b.layer ?? 0) - (a.layer ?? 0)).map(
    (c) => c.id,
  );

test.beforeEach(async ({ editor }) => {
  await importLongScene(editor);
  await expect(rows(editor.page).first()).toContainText('Row 98');
  // Every row shows while the virtualiser's chunk loads; then only the rows in view.
  await expect(list(editor.page)).toHaveClass(/virtual/);
});

test('only the rows in view are mounted, each saying where it stands in the whole list', async ({
  page,
}) => {
  const mounted = await rows(page).count();
  expect(mounted).toBeGreaterThan(5);
  expect(mounted).toBeLessThan(COUNT / 2);
  await expect(rows(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(COUNT));
});

test('Tab reaches every row, down to the bottom of the stack, and Enter selects it', async ({
  editor,
  page,
}) => {
  await row(page, 'Row 98')
    .getByRole('button', { name: /^Shape/ })
    .focus();
  // Each row holds two buttons: its name (the drag handle) and Lock.
  for (let i = 1; i < COUNT; i++) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
  }
  const focusedRow = page.locator('li[data-clip-id]:has(:focus)');
  await expect(focusedRow).toHaveAttribute('aria-posinset', String(COUNT));
  await page.keyboard.press('Enter');
  expect(await editor.selection()).toEqual([(await order(editor))[COUNT - 1]]);
  expect(await rows(page).count()).toBeLessThan(COUNT / 2);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(focusedRow).toHaveAttribute('aria-posinset', String(COUNT - 1));
});

test('a row scrolled into view by the mouse wheel is selected by a click', async ({
  editor,
  page,
}) => {
  await list(page).hover();
  await page.mouse.wheel(0, 2000);
  await row(page, 'Row 3').click();
  expect(await editor.selection()).toEqual(['shape-long3']);
  await expect(row(page, 'Row 3')).toHaveClass(/selected/);
});

test('a clip selected on the stage brings its row into view', async ({ editor, page }) => {
  await expect(row(page, 'Row 0')).toHaveCount(0);
  // Row 0 is the lowest shape, at the frame's top-left corner; nothing else covers that corner.
  const corner = await editor.clientPoint(10, 10);
  await page.mouse.click(corner.x, corner.y);
  await expect(row(page, 'Row 0')).toBeInViewport();
  await expect(row(page, 'Row 0')).toHaveClass(/selected/);
  expect(await editor.selection()).toEqual(['shape-long0']);
});

test('the keyboard carries a row past the bottom of the visible window', async ({
  editor,
  page,
}) => {
  const speech = page
    .getByRole('complementary', { name: 'Properties' })
    .locator('[id^="DndLiveRegion"]');
  await row(page, 'Row 98')
    .getByRole('button', { name: /^Shape/ })
    .focus();
  await page.keyboard.press('Space');
  await expect(speech).toHaveText("Picked up Shape 'Row 98', position 1 of 100.");
  for (let at = 2; at <= 30; at++) {
    await page.keyboard.press('ArrowDown');
    await expect(speech).toHaveText(`Shape 'Row 98' moved to position ${at} of 100.`);
  }
  await page.keyboard.press('Space');
  await expect(speech).toHaveText("Shape 'Row 98' dropped at position 30 of 100.");
  await expect.poll(async () => (await order(editor)).indexOf('shape-long98')).toBe(29);
});

test('the mouse drags a row that was scrolled out of view', async ({ editor, page }) => {
  await list(page).hover();
  await page.mouse.wheel(0, 4000);
  const last = row(page, 'Row 0');
  await last.dragTo(row(page, 'Row 2'), { targetPosition: { x: 10, y: 2 }, steps: 10 });
  // Row 0 takes Row 2's place; Row 2 and Row 1 move down one.
  await expect
    .poll(async () => (await order(editor)).slice(-4))
    .toEqual(['shape-long0', 'shape-long2', 'shape-long1', expect.stringMatching(/^aiModel/)]);
});
