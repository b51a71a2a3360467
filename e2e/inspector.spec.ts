import { expect, test, type EditorPage } from './fixtures/editor';

type Shadowed = { type: string; shadow?: { color: string } };
const textClip = async (editor: EditorPage) =>
  (await editor.request()).scenes[0]!.clips.find(
    (c) => c.type === 'textImage',
  ) as unknown as Shadowed;

test('a shadow colour keeps its alpha when picked', async ({ editor, page }) => {
  await page.getByRole('tab', { name: 'Text' }).click();
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.getByText('Shadow on').click();
  expect((await textClip(editor)).shadow?.color).toBe('#00000060');
  await page.getByRole('button', { name: /Shadow colour: #00000060/ }).click();
  const picker = page.getByRole('group', { name: 'Shadow colour picker' });
  const area = picker.locator('.react-colorful__saturation');
  const box = (await area.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.2);
  const picked = (await textClip(editor)).shadow!.color;
  // The picker keeps alpha to two decimals: 0x60 (0.376) comes back as 0.38.
  expect(picked).toMatch(/^#[0-9a-f]{8}$/);
  expect(Math.abs(parseInt(picked.slice(7), 16) - 0x60)).toBeLessThanOrEqual(2);
  expect(picked).not.toBe('#00000060');
  await page.getByLabel('Shadow colour hex').fill('#ff000080');
  expect((await textClip(editor)).shadow!.color).toBe('#ff000080');
});

test('the inspector explains a value it refuses; preflight warns of values nobody means', async ({
  editor,
  page,
}) => {
  await editor.importFile('seed-000-request.json');
  const centre = await editor.clientPoint(900, 500);
  await page.mouse.click(centre.x, centre.y);
  const width = page.getByLabel('Width', { exact: true });
  const before = (await editor.request()).scenes[0]!.clips[0]!;
  await width.fill('-50');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Width cannot be less than 1' }),
  ).toBeVisible();
  await width.blur();
  expect((await editor.request()).scenes[0]!.clips[0]).toEqual(before);
  await expect(width).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Angle', { exact: true }).fill('100000');
  await page.getByLabel('Script text').fill('Hello there. '.repeat(1600));
  await page.getByRole('button', { name: 'JSON' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/more than a full turn; it shows as 280°/)).toBeVisible();
  await expect(dialog.getByText(/about \d+ minutes of speech/)).toBeVisible();
});

test('an empty project has no made-up duration; background presets are named', async ({
  editor,
  page,
}) => {
  await editor.request();
  await expect(page.getByText('No script yet')).toBeVisible();
  await expect(page.getByText(/Total ≈/)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Background Studio grey' })).toBeVisible();
});

test('the Angle field and the rotate keys turn a clip in place, where the stage then finds it', async ({
  editor,
  page,
}) => {
  await page.getByRole('tab', { name: 'Shapes' }).click();
  await page.getByRole('button', { name: 'Add shape Rectangle' }).click();
  type Placed = { id: string; left: number; top: number; width: number; height: number };
  type Turned = Placed & { scaleX?: number; scaleY?: number; angle?: number };
  const shape = async () =>
    (await editor.request()).scenes[0]!.clips.find((c) => c.type === 'shape') as unknown as Turned;
  /** The centre of the rendered box, turned clockwise about its top-left corner. */
  const centre = (c: Turned) => {
    const [w, h] = [c.width * (c.scaleX ?? 1), c.height * (c.scaleY ?? 1)];
    const rad = ((c.angle ?? 0) * Math.PI) / 180;
    return [
      c.left + (w / 2) * Math.cos(rad) - (h / 2) * Math.sin(rad),
      c.top + (w / 2) * Math.sin(rad) + (h / 2) * Math.cos(rad),
    ].map((n) => Math.round(n));
  };
  const first = await shape();
  const [cx, cy] = centre(first);
  /** A click on the stage at the clip's old centre selects it: it was drawn there. */
  const stillThere = async () => {
    await page.keyboard.press('Escape');
    const at = await editor.clientPoint(cx!, cy!);
    await page.mouse.click(at.x, at.y);
    expect(await page.evaluate(() => window.scenewright!.getSelection())).toEqual([first.id]);
  };
  await page.getByLabel('Angle', { exact: true }).fill('90');
  await page.getByLabel('Angle', { exact: true }).press('Tab');
  expect((await shape()).angle).toBe(90);
  expect(centre(await shape())).toEqual([cx, cy]);
  await stillThere();
  await page.getByRole('application', { name: 'Stage' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('>');
  expect((await shape()).angle).not.toBe(90);
  expect(centre(await shape())).toEqual([cx, cy]);
  await stillThere();
});
