import type { Locator, Page } from '@playwright/test';
import type { EditorProjectRequest } from '../src/domain/schema/request';
import { expect, test } from './fixtures/editor';

/** Presses Tab (or Shift+Tab) until `target` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, back = false) {
  await target.waitFor({ state: 'attached', timeout: 10_000 });
  for (let i = 0; i < 200; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function press(page: Page, target: Locator, key = 'Enter', back = false) {
  await tabTo(page, target, back);
  await page.keyboard.press(key);
}

/** Tabs are one Tab stop: back to the selected "Add to scene" tab, then the arrows to `name`. */
async function chooseTab(page: Page, name: string) {
  const list = page.getByRole('tablist', { name: 'What to add' });
  await tabTo(page, list.getByRole('tab', { selected: true }), true);
  const target = list.getByRole('tab', { name });
  await page.keyboard.press('Home');
  for (let i = 0; i < 4 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowRight');
  await expect(target).toBeFocused();
  await expect(target).toHaveAttribute('aria-selected', 'true');
}

test('a two-scene project is built, arranged and exported with the keyboard alone', async ({
  editor,
  page,
}) => {
  test.setTimeout(120_000);
  const live = page.getByTestId('announcer');
  const stage = page.getByRole('application', { name: 'Stage' });

  // Scene 1: an avatar with a script, a title and a shape.
  await press(page, page.getByRole('button', { name: /^Place avatar/ }).first());
  await tabTo(page, page.getByLabel('Script text'));
  await page.keyboard.type('Hello from the first scene.');
  await chooseTab(page, 'Text');
  await press(page, page.getByRole('button', { name: 'Add title' }));
  await chooseTab(page, 'Shapes');
  await press(page, page.getByRole('button', { name: 'Add shape Circle' }));
  const first = (await editor.request()).scenes[0]!;
  expect(first.clips.map((c) => c.type).sort()).toEqual(['aiModel', 'shape', 'textImage']);

  // Select each clip in turn from the stage, top of the stack first.
  await tabTo(page, stage);
  await page.keyboard.press('Escape');
  await expect(live).toHaveText('Nothing selected');
  await expect(stage).toHaveAttribute('aria-describedby', 'stage-description');
  await expect(page.locator('#stage-description')).toContainText('3 clips, top first');
  const layerIds = await page
    .getByRole('list', { name: 'Layers' })
    .locator('li[data-clip-id]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-clip-id')));
  const spoken: string[] = [];
  for (const id of layerIds) {
    await page.keyboard.press('Tab');
    await expect(stage).toBeFocused();
    expect(await editor.selection()).toEqual([id]);
    spoken.push((await live.textContent()) ?? '');
  }
  expect(spoken[0]).toBe("Shape 'Circle', 1 of 3 on scene 1");
  expect(spoken[1]).toMatch(/^Text 'Title', 2 of 3 on scene 1$/);
  expect(spoken[2]).toMatch(/^Avatar '.+', 3 of 3 on scene 1$/);

  // Back to the shape: move it and resize it.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await editor.selection()).toEqual([layerIds[0]]);
  const shapeBefore = (await editor.request()).scenes[0]!.clips.find((c) => c.type === 'shape')!;
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText(`Moved to ${shapeBefore.left + 20}, ${shapeBefore.top + 1}`);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(live).toHaveText(
    `Resized to ${Math.round(shapeBefore.width + 10)} × ${Math.round(shapeBefore.height)}`,
  );
  await page.keyboard.press('Control+z');
  await expect(live).toHaveText(
    `Undid: resize. Resized to ${Math.round(shapeBefore.width)} × ${Math.round(shapeBefore.height)}`,
  );
  await page.keyboard.press('Control+Shift+Z');
  await expect(live).toHaveText(
    `Redid: resize. Resized to ${Math.round(shapeBefore.width + 10)} × ${Math.round(shapeBefore.height)}`,
  );

  // Reorder a layer: pick the shape up in Layers, move it below the title, drop it.
  // dnd-kit speaks each step in its own live region; waiting for it keeps the keys in order.
  const layersSpeech = page
    .getByRole('complementary', { name: 'Properties' })
    .locator('[id^="DndLiveRegion"]');
  await press(page, page.getByRole('button', { name: /^Shape Circle/ }), 'Space');
  await expect(layersSpeech).toHaveText("Picked up Shape 'Circle', position 1 of 3.");
  await page.keyboard.press('ArrowDown');
  await expect(layersSpeech).toHaveText("Shape 'Circle' moved to position 2 of 3.");
  await page.keyboard.press('Space');
  await expect(layersSpeech).toHaveText("Shape 'Circle' dropped at position 2 of 3.");
  await expect(page.getByRole('list', { name: 'Layers' }).locator('li').first()).toContainText(
    'Title',
  );

  // Scene 2: another avatar and its script.
  await press(page, page.getByRole('button', { name: '+ Scene' }));
  await expect.poll(async () => (await editor.request()).scenes.length).toBe(2);
  await chooseTab(page, 'Avatars');
  await press(page, page.getByRole('button', { name: /^Place avatar/ }).first());
  await tabTo(page, page.getByLabel('Script text'));
  await page.keyboard.type('And goodbye from the second.');

  // Reorder the scenes: scene 2 goes first.
  const sceneIds = (await editor.project()).scenes.map((s) => s.id);
  const scenesSpeech = page
    .getByRole('navigation', { name: 'Scenes' })
    .locator('[id^="DndLiveRegion"]');
  await press(page, page.getByRole('button', { name: 'Scene 2', exact: true }), 'Space', true);
  await expect(scenesSpeech).toHaveText('Picked up Scene 2, position 2 of 2.');
  await page.keyboard.press('ArrowLeft');
  await expect(scenesSpeech).toHaveText('Scene 2 moved to position 1 of 2.');
  await page.keyboard.press('Space');
  await expect
    .poll(async () => (await editor.project()).scenes.map((s) => s.id))
    .toEqual([sceneIds[1], sceneIds[0]]);

  // Export, still from the keyboard; the request carries all of the above.
  await press(page, page.getByRole('button', { name: 'Export', exact: true }), 'Enter', true);
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  await expect(dialog).toBeVisible();
  await expect(live).toHaveText(/^Preflight: /);
  const sent = page.waitForRequest(
    (r) => r.method() === 'POST' && r.url().endsWith('/api/odin/v3/editor/project'),
  );
  await press(page, dialog.getByRole('button', { name: 'Export', exact: true }));
  const body = (await sent).postDataJSON() as EditorProjectRequest;
  expect(body.scenes).toHaveLength(2);
  const [one, two] = body.scenes;
  expect(one!.clips.map((c) => c.type)).toEqual(['aiModel']);
  const shape = two!.clips.find((c) => c.type === 'shape')!;
  const title = two!.clips.find((c) => c.type === 'textImage')!;
  expect(shape.left).toBe(shapeBefore.left + 20);
  expect(shape.top).toBe(shapeBefore.top + 1);
  expect(shape.width * (shape.scaleX ?? 1)).toBeCloseTo(shapeBefore.width + 10, 5);
  expect(shape.layer!).toBeLessThan(title.layer!);
  await expect(page.getByRole('dialog', { name: 'Jobs' })).toBeVisible();
  await expect(live).toHaveText(/^Export (started|\d+% done|finished)/);
});
