import type { Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { EditorProjectRequest } from '../src/domain/schema/request';
import { expect, fixturePath, test } from './fixtures/editor';

const COLOURS = ['rgb(220,30,30)', 'rgb(30,200,60)', 'rgb(40,60,230)'];

/** The three-scene fixture with a plain colour behind each scene: red, green, blue. */
function colouredScenes(): EditorProjectRequest {
  const request = JSON.parse(
    readFileSync(fixturePath('three-scenes-request.json'), 'utf8'),
  ) as EditorProjectRequest;
  request.scenes.forEach((scene, i) => {
    scene.background = { ...scene.background, source_type: 'color', source_color: COLOURS[i]! };
  });
  return request;
}

/** The picture on a card: its size and the colour of its top-left corner (the background). */
const pictureOn = (card: Locator) =>
  card.locator('img').evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const rgb = [...ctx.getImageData(2, 2, 1, 1).data.slice(0, 3)];
    return { width: img.naturalWidth, height: img.naturalHeight, rgb };
  });

const near = (rgb: number[], css: string) => {
  const want = css.match(/\d+/g)!.map(Number);
  return rgb.every((v, i) => Math.abs(v - want[i]!) <= 12);
};

test('cards of scenes never shown show their scenes, and are drawn again when those change', async ({
  editor,
  page,
}) => {
  await editor.importText(JSON.stringify(colouredScenes()));
  const cards = page.getByRole('navigation', { name: 'Scenes' }).locator('[data-scene-id]');
  await expect(cards).toHaveCount(3);
  // The first scene is on the stage; the others were never shown, yet their cards show them.
  for (const i of [1, 2]) {
    await expect(cards.nth(i).locator('img')).toBeVisible();
    await expect
      .poll(async () => near((await pictureOn(cards.nth(i))).rgb, COLOURS[i]!))
      .toBe(true);
    expect(await pictureOn(cards.nth(i))).toMatchObject({ width: 192, height: 108 });
  }

  // Shown and left, a scene keeps its picture; changed while not shown (a reflow of every
  // scene), its card is drawn again.
  await cards.nth(1).click();
  await cards.nth(0).click();
  await page.getByLabel('Orientation').selectOption('portrait');
  const dialog = page.getByRole('dialog', { name: 'Switch orientation' });
  await dialog.getByRole('button', { name: 'Reflow to portrait 9:16' }).click();
  await expect(dialog).toBeHidden();
  for (const i of [1, 2]) {
    await expect.poll(async () => (await pictureOn(cards.nth(i))).width).toBe(108);
    const picture = await pictureOn(cards.nth(i));
    expect(picture.height).toBe(192);
    expect(near(picture.rgb, COLOURS[i]!)).toBe(true);
  }
});
