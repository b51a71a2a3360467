import { expect, test } from './fixtures/editor';

type Stats = {
  syncs: number;
  renders: number;
  snapshots: number;
  built: number;
  loading: number;
};
const stats = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.scenewright!.stageStats()) as Promise<Stats>;
const since = (a: Stats, b: Stats) => ({
  syncs: b.syncs - a.syncs,
  renders: b.renders - a.renders,
  snapshots: b.snapshots - a.snapshots,
});

/**
 * Pictures and fonts arrive in real time, not on the faked clock, and each arrival draws again:
 * wait until none is on its way, then let the frames and timers it scheduled run.
 */
async function settle(page: import('@playwright/test').Page) {
  const loading = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return window.scenewright!.stageStats()!.loading;
    });
  await expect.poll(loading).toBe(0);
  await page.clock.runFor(2000);
}

// Counts, not times: the page clock is faked before the first edit, so every frame and timer an
// edit schedules (renders, autosave, thumbnails) runs only when `runFor` says, never in real time
// while a count is taken (a thumbnail timer left real fired mid-count on a loaded machine).
test('a keystroke in the script box draws nothing on the stage', async ({ editor, page }) => {
  await page.clock.install();
  await editor.importFile('seed-000-request.json');
  const script = page.getByLabel('Script text');
  await script.press('End');
  // The first edit after load may take the scene's first thumbnail (its pictures loaded since).
  await script.pressSequentially(' one');
  await settle(page);
  const before = await stats(page);
  await script.pressSequentially(' more');
  await page.clock.runFor(2000);
  expect(since(before, await stats(page))).toEqual({ syncs: 0, renders: 0, snapshots: 0 });
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
});

test('an inspector edit draws the stage once and takes one shared thumbnail', async ({
  editor,
  page,
}) => {
  await page.clock.install();
  await editor.importFile('seed-000-request.json');
  const centre = await editor.clientPoint(900, 500);
  await page.mouse.click(centre.x, centre.y);
  await settle(page);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const before = await stats(page);
  await page.getByLabel('Width', { exact: true }).fill('700');
  await page.clock.runFor(2000);
  // One sync and one frame for the edit; the strip and autosave share one thumbnail, copied from
  // that frame: no second draw of the clips.
  expect(since(before, await stats(page))).toEqual({ syncs: 1, renders: 1, snapshots: 1 });
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
});

test('a scene switch reconciles once and draws once', async ({ editor, page }) => {
  await page.clock.install();
  await editor.importFile('seed-000-request.json');
  await page.getByRole('button', { name: '+ Scene' }).click();
  await page.locator('[aria-label="Scene 1"]').click();
  await settle(page);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const before = await stats(page);
  await page.locator('[aria-label="Scene 2"]').click();
  await page.clock.runFor(2000);
  // The shown scene's card shows the stage's own copy of its frame, drawn in that frame: no
  // thumbnail is taken. The scene left keeps the picture its card showed.
  expect(since(before, await stats(page))).toEqual({ syncs: 1, renders: 1, snapshots: 0 });
  await expect(page.locator('[aria-label="Scene 2"] canvas.live-frame')).toBeVisible();
  await expect(page.locator('[aria-label="Scene 1"] img')).toHaveAttribute(
    'src',
    /^data:image\/jpeg/,
  );
});

test('a scene shown again reuses its stage objects and shows the edits made while away', async ({
  editor,
  page,
}) => {
  await editor.importFile('seed-000-request.json');
  await page.getByRole('button', { name: '+ Scene' }).click();
  await page.locator('[aria-label="Scene 1"]').click();
  const centre = await editor.clientPoint(900, 500);
  await page.mouse.click(centre.x, centre.y);
  const [avatar] = await page.evaluate(() => window.scenewright!.getSelection());
  const opacity = () =>
    page.evaluate((id) => window.scenewright!.getPlayback().clipOpacity(id!), avatar);
  const original = await opacity();
  await page.getByLabel('Opacity', { exact: true }).press('Home');
  await expect.poll(opacity).not.toBe(original);
  await page.locator('[aria-label="Scene 2"]').click();
  // Undone while scene 2 is shown: scene 1's avatar goes back to its opacity in the document.
  await page.keyboard.press('Control+z');
  const away = await stats(page);
  await page.locator('[aria-label="Scene 1"]').click();
  await expect.poll(opacity).toBe(original);
  expect((await stats(page)).built - away.built).toBe(0);
  expect(away.built).toBeGreaterThan(0);
});

test('an undo restores the clip in one stage sync and one frame', async ({ editor, page }) => {
  await page.clock.install();
  await editor.importFile('seed-000-request.json');
  const centre = await editor.clientPoint(900, 500);
  await page.mouse.click(centre.x, centre.y);
  const [avatar] = await page.evaluate(() => window.scenewright!.getSelection());
  const place = () =>
    page.evaluate((id) => {
      const clips = window.scenewright!.getProject().scenes.flatMap((s) => s.clips);
      const clip = clips.find((c) => c.id === id)!;
      return { left: clip.left, top: clip.top };
    }, avatar);
  const original = await place();
  await page.keyboard.press('ArrowRight');
  await settle(page);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  expect((await place()).left).not.toBe(original.left);
  const before = await stats(page);
  await page.keyboard.press('Control+z');
  await page.clock.runFor(2000);
  // The document, the scene and the selection land together: one sync, one frame (and the shared
  // thumbnail of the settled edit, copied from it).
  expect(since(before, await stats(page))).toEqual({ syncs: 1, renders: 1, snapshots: 1 });
  expect(await place()).toEqual(original);
  expect(await page.evaluate(() => window.scenewright!.getSelection())).toEqual([avatar]);
});
