import { expect, seedRequest, test, type EditorPage } from './fixtures/editor';

const AVATAR = 'aiModel-1h4ij5h8e87';
type Placed = {
  left: number;
  top: number;
  width: number;
  height: number;
  scaleX?: number;
  scaleY?: number;
  angle?: number;
  layer: number;
};
const avatarOf = async (editor: EditorPage) =>
  (await editor.request()).scenes[0]!.clips.find((c) => c.id === AVATAR) as unknown as Placed;
const firstClip = async (editor: EditorPage) =>
  (await editor.request()).scenes[0]!.clips[0] as unknown as Placed;

test('shows the seed avatar where the API puts it: left 630, top 147, 679 wide, cut by the bottom edge', async ({
  editor,
  page,
}) => {
  await editor.importFile('seed-000-request.json');
  const topLeft = await editor.clientPoint(630.25, 146.74);
  const bottomRight = await editor.clientPoint(630.25 + 679, 146.74 + 2229);
  const frameBottom = await editor.clientPoint(0, 1080);
  const zoom = (bottomRight.x - topLeft.x) / 679;
  expect(zoom).toBeGreaterThan(0.2);
  expect(bottomRight.y).toBeGreaterThan(frameBottom.y);
  await page.screenshot({ path: test.info().outputPath('seed-on-stage.png') });
});

test('adds one clip of each type from the panels', async ({ editor, page }) => {
  await page.getByRole('tab', { name: 'Text' }).click();
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.getByRole('tab', { name: 'Shapes' }).click();
  await page.getByRole('button', { name: 'Add shape Star' }).click();
  await page.getByRole('tab', { name: 'Media' }).click();
  await page.getByLabel('Image URL', { exact: true }).fill('https://example.com/photo.png');
  await page.getByRole('button', { name: 'Add', exact: true }).first().click();
  await page.getByLabel('Video URL', { exact: true }).fill('https://example.com/clip.mp4');
  await page.getByRole('button', { name: 'Add', exact: true }).nth(1).click();
  await page.getByLabel('Audio URL').fill('https://example.com/music.mp3');
  await page.getByLabel('Audio label').fill('Music');
  await page.getByRole('button', { name: 'Add audio' }).click();
  await page.getByRole('tab', { name: 'Avatars' }).click();
  await page
    .getByRole('button', { name: /Place avatar/ })
    .first()
    .click();
  // An outfit without geometry is placed once its thumbnail has been measured.
  await expect
    .poll(async () => (await editor.request()).scenes[0]!.clips.map((c) => c.type).sort())
    .toEqual(['aiModel', 'audio', 'image', 'shape', 'textImage', 'videoImage']);
});

test('drag, nudge, undo and redo: one gesture is one step, also across a scene switch', async ({
  editor,
  page,
}) => {
  await editor.importFile('seed-000-request.json');
  const start = await editor.clientPoint(900, 400);
  const per100 = (await editor.clientPoint(1000, 400)).x - start.x; // screen px per 100 design px
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(start.x + (2 * per100 * i) / 10, start.y + (1 * per100 * i) / 10);
  await page.mouse.up();
  const moved = await avatarOf(editor);
  expect(moved.left).toBeCloseTo(630.25 + 200, 0);
  expect(moved.top).toBeCloseTo(146.74 + 100, 0);
  expect(await editor.selection()).toEqual([AVATAR]);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  expect((await avatarOf(editor)).left).toBeCloseTo(moved.left + 1, 5);
  expect((await avatarOf(editor)).top).toBeCloseTo(moved.top + 10, 5);

  await page.getByRole('button', { name: '+ Scene' }).click();
  await page.getByRole('button', { name: 'Scene 1', exact: true }).click();
  await page.keyboard.press('Control+z'); // the new scene
  expect((await editor.request()).scenes).toHaveLength(1);
  await page.keyboard.press('Control+z'); // the second key press: a step of its own
  expect((await avatarOf(editor)).left).toBeCloseTo(moved.left + 1, 5);
  expect((await avatarOf(editor)).top).toBeCloseTo(moved.top, 5);
  await page.keyboard.press('Control+z'); // the first
  expect((await avatarOf(editor)).left).toBeCloseTo(moved.left, 5);
  await page.keyboard.press('Control+z'); // the drag
  expect(await editor.request()).toEqual(seedRequest);
  await page.keyboard.press('Control+Shift+z');
  expect((await avatarOf(editor)).left).toBeCloseTo(moved.left, 5);
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  expect((await avatarOf(editor)).left).toBeCloseTo(moved.left + 1, 5);
  expect((await avatarOf(editor)).top).toBeCloseTo(moved.top + 10, 5);
  await page.keyboard.press('Control+y');
  expect((await editor.request()).scenes).toHaveLength(2);
});

test('resize keeps the intrinsic size and writes scale; rotate writes angle', async ({
  editor,
  page,
}) => {
  await page.getByRole('tab', { name: 'Shapes' }).click();
  await page.getByRole('button', { name: 'Add shape Square' }).click();
  const clip = await firstClip(editor);
  const corner = await editor.clientPoint(clip.left + clip.width, clip.top + clip.height);
  const zoom = (await editor.clientPoint(100, 0)).x - (await editor.clientPoint(0, 0)).x;
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.mouse.move(corner.x + 150 * (zoom / 100) * 1, corner.y + 150 * (zoom / 100), {
    steps: 8,
  });
  await page.mouse.up();
  const resized = await firstClip(editor);
  expect(resized.width).toBe(300);
  expect(resized.scaleX).toBeCloseTo(1.5, 1);
  expect(resized.scaleY).toBeCloseTo(resized.scaleX!, 5);

  await page.getByLabel('Angle', { exact: true }).fill('30');
  await page.getByLabel('Angle', { exact: true }).press('Backspace');
  expect((await editor.request()).scenes[0]!.clips).toHaveLength(1);
  expect((await firstClip(editor)).angle).toBe(3);
});

test('layers reorder by drag and rewrite layer', async ({ editor, page }) => {
  await page.getByRole('tab', { name: 'Shapes' }).click();
  await page.getByRole('button', { name: 'Add shape Circle' }).click();
  await page.getByRole('button', { name: 'Add shape Star' }).click();
  const layers = page.getByRole('list', { name: 'Layers' }).locator('li[data-clip-id]');
  await expect(layers).toHaveCount(2);
  await expect(layers.first()).toContainText('Star');
  await layers.nth(1).dragTo(layers.first(), { targetPosition: { x: 10, y: 2 }, steps: 10 });
  await expect(layers.first()).toContainText('Circle');
  const clips = (await editor.request()).scenes[0]!.clips;
  const layerOf = (name: string) =>
    clips.find((c) => c.type === 'shape' && c.shapeName === name)!.layer ?? -1;
  expect(layerOf('Circle')).toBeGreaterThan(layerOf('Star'));
});
